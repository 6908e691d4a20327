using MmdPortal.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Monitoring;

/// <summary>Whether registration keeps up: the oldest pending device's age against
/// <see cref="HealthOptions.PendingAgeDegraded"/> and <see cref="HealthOptions.PendingAgeUnhealthy"/>.</summary>
public sealed class BacklogHealthCheck(
    PortalDbContext db,
    PendingBacklog backlog,
    TimeProvider time,
    IOptions<HealthOptions> options,
    ILogger<BacklogHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        BacklogSnapshot snapshot;
        try
        {
            snapshot = await backlog.MeasureAsync(db, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Readiness: the pending devices could not be counted");
            return new HealthCheckResult(context.Registration.FailureStatus, "The database could not be read (see the log).");
        }

        var age = snapshot.OldestAge(time.GetUtcNow());
        var data = new Dictionary<string, object>
        {
            ["pendingDevices"] = snapshot.Count,
            ["oldestPendingAgeSeconds"] = Math.Round(age.TotalSeconds, 1),
            ["degradedAfterSeconds"] = options.Value.PendingAgeDegraded.TotalSeconds,
            ["unhealthyAfterSeconds"] = options.Value.PendingAgeUnhealthy.TotalSeconds,
        };
        var waiting = $"The oldest of {snapshot.Count} pending devices has waited {age.TotalMinutes:0.#} minutes";
        if (age >= options.Value.PendingAgeUnhealthy)
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{waiting}: registration is not keeping up. Check that a worker runs and its log for failing passes.", data: data);
        if (age >= options.Value.PendingAgeDegraded)
            return HealthCheckResult.Degraded($"{waiting}: registration is falling behind.", data: data);
        return HealthCheckResult.Healthy(snapshot.Count == 0 ? "No device is pending." : $"{waiting}.", data);
    }
}
