namespace MmdPortal.Data.Releases;

/// <summary>An organisation asking the (unnamed) organisation that holds a device's hardware to let it go.
/// Both sides see it; neither sees who the other is.</summary>
public sealed class ReleaseRequest
{
    public long Id { get; set; }

    /// <summary>The Request ID both sides and support use for it.</summary>
    public Guid RequestId { get; set; }

    public int RequesterOrganizationId { get; set; }
    public long RequesterDeviceId { get; set; }
    public int OwnerOrganizationId { get; set; }
    public long OwnerDeviceId { get; set; }

    public ReleaseStatus Status { get; set; }
    public required string Note { get; set; }
    public string? RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}

public enum ReleaseStatus
{
    Open = 0,
    Released = 1,
    Declined = 2,
    Withdrawn = 3,
}
