namespace MmdPortal.Data.Licences;

/// <summary>A user of the organisation who holds a licence, so that a device may be delivered to them.</summary>
public sealed class LicensedUser
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>Trimmed and lower-cased, so that the blade's licence check is a plain equality.</summary>
    public required string UserPrincipalName { get; set; }

    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}
