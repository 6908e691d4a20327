using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MmdPortal.Web.Monitoring;

/// <summary>Health endpoints and metrics. Checks tagged <see cref="Live"/> answer /healthz/live; every other check
/// (including the database check of AddPortalDatabase) answers /healthz/ready, which /healthz repeats.</summary>
public static class MonitoringRegistration
{
    public const string Live = "live";
    public const string Ready = "ready";

    public static IHostApplicationBuilder AddMonitoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.PendingAgeUnhealthy >= o.PendingAgeDegraded,
                "Health:PendingAgeUnhealthy must not be shorter than Health:PendingAgeDegraded.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WorkerHeartbeat>();
        builder.Services.AddSingleton<PendingBacklog>();
        builder.Services.AddSingleton<PortalMetrics>();
        builder.Services.AddHealthChecks()
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<WorkerHealthCheck>("worker", tags: [Ready])
            .AddCheck<BacklogHealthCheck>("backlog", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapMonitoring(this WebApplication app)
    {
        // Created now rather than at the first upload or pass, so that the backlog gauges exist from the start.
        app.Services.GetRequiredService<PortalMetrics>();
        // Liveness has no dependencies: a database outage must not make the orchestrator restart every instance.
        Map(app, "/healthz/live", r => r.Tags.Contains(Live));
        Map(app, "/healthz/ready", r => !r.Tags.Contains(Live));
        Map(app, "/healthz", r => !r.Tags.Contains(Live));
        return app;
    }

    private static void Map(WebApplication app, string path, Func<HealthCheckRegistration, bool> predicate) =>
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = predicate,
            ResponseWriter = HealthResponse.WriteAsync,
            // Degraded still serves traffic: only Unhealthy takes the instance out of rotation.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().DisableRateLimiting();
}
