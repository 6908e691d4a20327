using MmdPortal.Data.Registrations;

namespace MmdPortal.Data.Devices;

public sealed class Device
{
    public long Id { get; set; }

    /// <summary>The identifier shown in the API and URLs; the sequential key stays internal.</summary>
    public Guid PublicId { get; set; }

    public int OrganizationId { get; set; }
    public required string SerialNumber { get; set; }

    /// <summary>The serial number upper-cased, computed by the database (never written by the portal) and indexed
    /// per organisation in binary order, so that a search finds serial numbers by their start with an index seek.</summary>
    public string? SerialNumberSearch { get; private set; }

    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public string? ProductId { get; set; }
    public string? GroupTag { get; set; }
    public string? AssignedUser { get; set; }

    /// <summary>Who signed in on the device at its latest check-in; shown beside, never instead of, the assigned user.</summary>
    public string? PrimaryUser { get; set; }

    public DeviceStatus Status { get; set; }
    public RegistrationError? Error { get; set; }
    /// <summary>The English text of the error's detail, or its composite format string when <see cref="ErrorDetailArgs"/>
    /// holds its values: shown in the reader's language, exported in English.</summary>
    public string? ErrorDetail { get; set; }

    /// <summary>The values of <see cref="ErrorDetail"/> as a JSON array of strings; null for a detail without values
    /// (and for one stored before values were).</summary>
    public string? ErrorDetailArgs { get; set; }

    /// <summary>What the hardware hash itself says, to cross-check against what the row says.</summary>
    public string? HashSerialNumber { get; set; }
    public string? HashManufacturer { get; set; }
    public string? HashModel { get; set; }

    /// <summary>Why the hash failed its structural check at upload, applied by the worker; null when valid.</summary>
    public string? HashProblem { get; set; }

    /// <summary>The values of <see cref="HashProblem"/>, as <see cref="ErrorDetailArgs"/> holds the detail's.</summary>
    public string? HashProblemArgs { get; set; }

    /// <summary>Upper-case hex SHA-256 of the hardware hash text: compared and indexed instead of the 4 KB text.</summary>
    public string? HashKey { get; set; }

    /// <summary>Normalised manufacturer and serial number: the other half of "the same hardware".</summary>
    public string? SerialKey { get; set; }

    /// <summary>The request that last put this device through registration.</summary>
    public long RequestId { get; set; }
    public RegistrationRequest? Request { get; set; }

    public DateTime RegisteredAt { get; set; }
    public DateTime StatusChangedAt { get; set; }
    public DateTime? LastSeenAt { get; set; }
    public DateTime? DeregisteredAt { get; set; }

    /// <summary>Until when a worker instance holds this pending device; another instance takes it over after that.</summary>
    public DateTime? ClaimExpiresAt { get; set; }

    /// <summary>How many times a worker has claimed this device in its current registration: a device whose
    /// checks keep crashing the pass fails with Unexpected error instead of blocking the queue.</summary>
    public int ClaimAttempts { get; set; }

    /// <summary>The set-based statement that last changed this device's status. The transition log is written
    /// from it with one INSERT … SELECT, so that a change of a million devices never loads them.</summary>
    public long? ChangeToken { get; set; }

    /// <summary>Whether the Windows image was checked, and who supplied it (step 4 of the guide).</summary>
    public ImageSource Image { get; set; }

    /// <summary>When the device was handed over (step 5), from the portal's TimeProvider; null until then.</summary>
    public DateTime? DeliveredAt { get; set; }

    /// <summary>Who received the device, as the admin recorded it at hand-over.</summary>
    public string? DeliveredTo { get; set; }

    public DeviceHardwareHash? HardwareHash { get; set; }
}
