using System.ComponentModel.DataAnnotations;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; init; } = 5;

    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts per client address and minute.</summary>
    [Range(1, 10_000)]
    public int SignInsPerMinute { get; init; } = 10;

    [Range(8, 128)]
    public int MinimumPasswordLength { get; init; } = 12;
}
