using MmdPortal.Data.Devices;

namespace MmdPortal.Data.Registrations;

/// <summary>The outcome of one data row of an uploaded file.</summary>
/// <remarks>A row that created its device reports that device's live status and error; a row that did not
/// (the hardware was already registered) carries its own error and points at the existing device.</remarks>
public sealed class RegistrationRow
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>The row's place in its request, over all files: 1, 2, 3 … in file and line order.</summary>
    public int Position { get; set; }

    public required string File { get; set; }

    /// <summary>Physical line in the file; the header is line 1.</summary>
    public int Line { get; set; }

    public string? SerialNumber { get; set; }
    public long? DeviceId { get; set; }
    public Device? Device { get; set; }
    public bool CreatedDevice { get; set; }
    public RegistrationError? Error { get; set; }
    public string? ErrorDetail { get; set; }

    /// <summary>The values of <see cref="ErrorDetail"/>, as on a device.</summary>
    public string? ErrorDetailArgs { get; set; }
}
