using Serilog;
using Serilog.Events;

namespace MmdPortal.Web.Infrastructure;

/// <summary>One event per request at its end: method, path, status and elapsed time (Serilog's request logging),
/// in place of the framework's several Information events per request.</summary>
public static class RequestLogging
{
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not the static one (see LoggingSetup).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = Level;
        });
        return app;
    }

    /// <summary>Errors at Error; probes and static files at Debug, or every load balancer's probe and every
    /// stylesheet would drown the requests people make.</summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= 500) return LogEventLevel.Error;
        if (context.Request.Path.StartsWithSegments("/healthz")) return LogEventLevel.Debug;
        // Static files are served before routing, so they alone succeed without an endpoint.
        if (context.GetEndpoint() is null && context.Response.StatusCode is >= 200 and < 400) return LogEventLevel.Debug;
        return LogEventLevel.Information;
    }
}
