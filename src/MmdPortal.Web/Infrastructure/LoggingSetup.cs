using Serilog;
using Serilog.Core;

namespace MmdPortal.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog from the "Serilog" configuration section (sinks, formatters, levels; see
    /// docs/observability.md), plus sinks and enrichers registered as services.</summary>
    public static IHostApplicationBuilder AddPortalLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ILogEventEnricher, RequestLogEnricher>();
        // No static logger at all (preserveStaticLogger): several test hosts run in one process, and each must log
        // through its own pipeline rather than through whichever host last replaced Serilog's static Log.Logger.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }
}
