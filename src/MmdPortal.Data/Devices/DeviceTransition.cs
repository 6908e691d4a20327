namespace MmdPortal.Data.Devices;

/// <summary>One change of a device's status: the device's timeline, kept after it is deregistered.</summary>
public sealed class DeviceTransition
{
    public long Id { get; set; }
    public int OrganizationId { get; set; }
    public long DeviceId { get; set; }

    /// <summary>Null when the device came into being with this transition (its upload).</summary>
    public DeviceStatus? FromStatus { get; set; }

    /// <summary>Null when the device left the blade (deregistered).</summary>
    public DeviceStatus? ToStatus { get; set; }

    public DateTime At { get; set; }
    public TransitionCause Cause { get; set; }
    public RegistrationError? Error { get; set; }
    public string? Detail { get; set; }

    /// <summary>The values of <see cref="Detail"/>, copied from the device's ErrorDetailArgs.</summary>
    public string? DetailArgs { get; set; }

    /// <summary>The request (upload or retry) the transition belongs to, if any.</summary>
    public long? RequestId { get; set; }

    /// <summary>The admin, agent key or "system" that caused it.</summary>
    public string? Actor { get; set; }
}

/// <summary>Why a device changed status. Stored as numbers.</summary>
public enum TransitionCause
{
    Uploaded = 1,
    RegistrationChecks = 2,
    CheckIn = 3,
    NoCheckIn = 4,
    Retried = 5,
    Deregistered = 6,
    ReleasedToAnotherOrganization = 7,
}
