namespace MmdPortal.Data.Devices;

/// <summary>The raw hardware hash, kept apart from <see cref="Device"/> so that blade queries over a million
/// devices never read 4 KB per row. It carries TPM keys and MAC addresses: it is shown to admins only.</summary>
public sealed class DeviceHardwareHash
{
    public long DeviceId { get; set; }
    public int OrganizationId { get; set; }
    public required string Value { get; set; }
}
