using System.ComponentModel.DataAnnotations;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Lifecycle;

public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>A device whose latest check-in is this old or older (<c>LastSeenAt &lt;= now - InactiveAfter</c>)
    /// is Inactive: with the default, 6 days 23:59:59 after its check-in it is still Active, at 7 days it is not.</summary>
    [TimeSpanRange("00:01:00", "3650.00:00:00")]
    public TimeSpan InactiveAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often the inactivity sweep runs.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Integration tests switch the sweep off to drive it by hand.</summary>
    public bool SweepEnabled { get; init; } = true;

    /// <summary>How far ahead of the portal's clock a check-in's time may be without being reported; any time in
    /// the future is recorded as "now", so that a device is never seen later than the portal has lived.</summary>
    [TimeSpanRange("00:00:00", "1.00:00:00")]
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Check-ins one call may carry.</summary>
    [Range(1, 100_000)]
    public int MaxCheckInsPerCall { get; init; } = 10_000;

    /// <summary>Check-ins matched per query and written per transaction: keeps the statements' parameter counts low.</summary>
    [Range(1, 5_000)]
    public int BatchSize { get; init; } = 1_000;

    /// <summary>The body of a call may hold 1 KB per allowed check-in (fields at their longest take ~700 bytes).</summary>
    public long MaxBodyBytes => MaxCheckInsPerCall * 1024L + 4096;
}
