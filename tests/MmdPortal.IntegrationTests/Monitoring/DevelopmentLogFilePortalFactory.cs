namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class DevelopmentLogFilePortalFactory() : LogFilePortalFactory("Development");
