using Serilog;

namespace MmdPortal.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section, with the console as the default sink.</summary>
    public static IHostApplicationBuilder AddPortalLogging(this IHostApplicationBuilder builder)
    {
        // No static bootstrap logger: several test hosts run in one process, each with its own pipeline.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
