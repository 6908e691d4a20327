using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Monitoring;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The oldest pending device's age from which readiness is Degraded. The service we clone registers a
    /// device "typically in less than 10 minutes".</summary>
    [TimeSpanRange("00:00:01", "30.00:00:00")]
    public TimeSpan PendingAgeDegraded { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The oldest pending device's age from which readiness is Unhealthy (503).</summary>
    [TimeSpanRange("00:00:01", "30.00:00:00")]
    public TimeSpan PendingAgeUnhealthy { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long the registration worker may go without a heartbeat before readiness is Unhealthy; never
    /// less than three poll intervals. Generous by default: on SQLite a pass may wait behind a large upload's lock.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan WorkerStaleAfter { get; init; } = TimeSpan.FromMinutes(5);
}
