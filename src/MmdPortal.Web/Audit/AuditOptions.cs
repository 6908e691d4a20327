using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Audit;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long audit entries are kept; older ones are deleted once an hour.</summary>
    [TimeSpanRange("1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(365);
}
