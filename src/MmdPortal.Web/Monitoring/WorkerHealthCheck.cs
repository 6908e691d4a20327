using System.Globalization;
using MmdPortal.Web.Devices;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Monitoring;

/// <summary>Unhealthy when this instance's registration worker has not gone round its loop for longer than
/// <see cref="HealthOptions.WorkerStaleAfter"/> (at least three poll intervals): it died or hangs, and devices
/// stay pending. Not applicable where the worker is switched off.</summary>
public sealed class WorkerHealthCheck(
    WorkerHeartbeat heartbeat,
    TimeProvider time,
    IOptions<RegistrationWorkerOptions> worker,
    IOptions<HealthOptions> health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!worker.Value.WorkerEnabled)
            return Task.FromResult(HealthCheckResult.Healthy(
                "Not applicable: the registration worker is switched off on this instance (Registration:WorkerEnabled=false)."));

        var staleAfter = TimeSpan.FromTicks(Math.Max(health.Value.WorkerStaleAfter.Ticks, 3 * worker.Value.PollInterval.Ticks));
        var silence = time.GetUtcNow() - heartbeat.Last;
        var data = new Dictionary<string, object>
        {
            ["lastHeartbeat"] = heartbeat.Last.ToString("O", CultureInfo.InvariantCulture),
            ["secondsSinceHeartbeat"] = Math.Round(silence.TotalSeconds, 1),
            ["staleAfterSeconds"] = staleAfter.TotalSeconds,
        };
        return Task.FromResult(silence <= staleAfter
            ? HealthCheckResult.Healthy("The registration worker is running.", data)
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"The registration worker has not run for {silence.TotalSeconds:0} s: restart the instance and read its log.",
                data: data));
    }
}
