using System.Globalization;
using System.Text;

namespace MmdPortal.Web.Devices.Hashes;

/// <summary>What a hardware hash says about its device; null where the hash carries no such record.</summary>
/// <remarks>
/// Equality compares the lists by content (records would compare them by reference), so two decodes of the same
/// hash are equal and a builder round trip can be asserted in one line.
/// </remarks>
public sealed record HardwareHashFacts
{
    public string? SerialNumber { get; init; }
    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public string? FirmwareVendor { get; init; }
    public string? Sku { get; init; }
    public string? Family { get; init; }
    public string? ProductKeyId { get; init; }
    public string? TpmVersion { get; init; }
    public string? OsVersion { get; init; }
    public string? ProcessorManufacturer { get; init; }
    public string? ProcessorModel { get; init; }
    public Guid? SmbiosUuid { get; init; }
    public IReadOnlyList<NetworkAdapterFact> NetworkAdapters { get; init; } = [];

    /// <summary>The disk records' text as stored; Windows writes <c>serial|model|</c>.</summary>
    public IReadOnlyList<string> DiskSerials { get; init; } = [];

    public bool HasTpmEndorsementKey { get; init; }

    public bool Equals(HardwareHashFacts? other) =>
        other is not null
        && SerialNumber == other.SerialNumber && Manufacturer == other.Manufacturer && Model == other.Model
        && FirmwareVendor == other.FirmwareVendor && Sku == other.Sku && Family == other.Family
        && ProductKeyId == other.ProductKeyId && TpmVersion == other.TpmVersion && OsVersion == other.OsVersion
        && ProcessorManufacturer == other.ProcessorManufacturer && ProcessorModel == other.ProcessorModel
        && SmbiosUuid == other.SmbiosUuid && HasTpmEndorsementKey == other.HasTpmEndorsementKey
        && NetworkAdapters.SequenceEqual(other.NetworkAdapters) && DiskSerials.SequenceEqual(other.DiskSerials);

    public override int GetHashCode() =>
        HashCode.Combine(SerialNumber, Manufacturer, Model, SmbiosUuid, NetworkAdapters.Count, DiskSerials.Count);

    // Lists print their items, not their type name, so a failed test shows what differs.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"SerialNumber = {SerialNumber}, Manufacturer = {Manufacturer}, Model = {Model}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"FirmwareVendor = {FirmwareVendor}, Sku = {Sku}, Family = {Family}, ProductKeyId = {ProductKeyId}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"TpmVersion = {TpmVersion}, OsVersion = {OsVersion}, ProcessorManufacturer = {ProcessorManufacturer}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"ProcessorModel = {ProcessorModel}, SmbiosUuid = {SmbiosUuid}, HasTpmEndorsementKey = {HasTpmEndorsementKey}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"NetworkAdapters = [{string.Join(", ", NetworkAdapters)}], DiskSerials = [{string.Join(", ", DiskSerials)}]");
        return true;
    }
}
