namespace MmdPortal.Web.Organizations;

public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    /// <summary>The organisation that exists from the first start.</summary>
    public string Organization { get; init; } = "Contoso";

    /// <summary>With <see cref="AdminPassword"/>: the bootstrap organisation's first admin, created at start-up
    /// when it has no user yet (instead of the one-time set-up page).</summary>
    public string? AdminUser { get; init; }

    public string? AdminPassword { get; init; }

    /// <summary>When set, the bootstrap organisation gets an admin API key with this value on first start.
    /// Only its SHA-256 is stored; the value is never logged.</summary>
    public string? AdminApiKey { get; init; }
}
