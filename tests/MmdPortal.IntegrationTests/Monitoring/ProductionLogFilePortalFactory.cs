namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class ProductionLogFilePortalFactory() : LogFilePortalFactory("Production");
