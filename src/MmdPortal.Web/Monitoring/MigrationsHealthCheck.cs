using MmdPortal.Data;
using MmdPortal.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MmdPortal.Web.Monitoring;

/// <summary>Unhealthy while the database lacks migrations of this version, e.g. with Database:MigrateOnStartup
/// off and the operator's migration step not run yet: the code would fail on the missing schema.</summary>
public sealed class MigrationsHealthCheck(PortalDbContext db, ILogger<MigrationsHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await DatabaseSchema.GetPendingMigrationsAsync(db, cancellationToken);
            if (pending.Count == 0) return HealthCheckResult.Healthy("Every migration of this version is applied.");
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{pending.Count} migration(s) not applied: {DatabaseSchema.MigrateHint}.",
                data: new Dictionary<string, object> { ["pendingMigrations"] = pending });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception text can name servers and users: it goes to the log, never into the response.
            logger.LogWarning(ex, "Readiness: the applied migrations could not be read");
            return new HealthCheckResult(context.Registration.FailureStatus, "The database could not be read (see the log).");
        }
    }
}
