namespace MmdPortal.Data.Audit;

/// <summary>Who did what, for the organisation's admins to read. Null organisation: a failed sign-in with a
/// user name that belongs to nobody (no admin sees those).</summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 300;
    public const int MaxTargetLength = 300;
    public const int MaxDetailLength = 1_000;

    public long Id { get; set; }
    public int? OrganizationId { get; set; }
    public DateTime At { get; set; }

    /// <summary>A user name, or "API key 'name'".</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    public string? Target { get; set; }
    /// <summary>English, or an English composite format string when <see cref="DetailArgs"/> holds its values.</summary>
    public string? Detail { get; set; }

    /// <summary>The values of <see cref="Detail"/> as a JSON array of strings.</summary>
    public string? DetailArgs { get; set; }
}
