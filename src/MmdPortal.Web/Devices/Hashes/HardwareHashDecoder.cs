using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices.Hashes;

/// <summary>Checks and reads Autopilot hardware hashes without throwing, whatever the input.</summary>
/// <remarks>
/// Layout: "OA", u16 total length, then records (u16 type, u16 length including the 4-byte header, payload) up to
/// that length, then the "CS" trailer (43 53 24 00) and the SHA-256 of the bytes before it, then zero padding.
/// This runs once per uploaded row, so it decodes into stack or pooled memory and allocates only the results.
/// </remarks>
public static class HardwareHashDecoder
{
    // Record types, as the real Surface Laptop sample in the test data carries them.
    internal const int OsVersionType = 1, ProcessorManufacturerType = 3, ProcessorModelType = 4, DiskSerialType = 7,
        NetworkAdapterType = 8, TpmVersionType = 13, SmbiosUuidType = 12, SerialNumberType = 14, FirmwareVendorType = 15,
        ManufacturerType = 16, ModelType = 17, SkuType = 18, FamilyType = 19, ProductKeyIdType = 24, TpmEkType = 25;

    internal const int TrailerLength = 36;
    internal static ReadOnlySpan<byte> TrailerHeader => "CS$\0"u8;
    private static ReadOnlySpan<byte> TpmVersionPrefix => "TPM-Version:"u8;

    // Real hashes are 3,000 bytes; larger input goes to the pool rather than the stack.
    private const int StackLimit = 4096;

    public static HardwareHashCheck Check(string? base64) => Check(base64.AsSpan());

    public static HardwareHashCheck Check(ReadOnlySpan<char> base64)
    {
        var text = base64.Trim();
        if (text.IsEmpty) return HardwareHashCheck.Invalid(HardwareHashProblem.Missing, StoredText.Of(PortalText.Key("The hardware hash is empty.")));

        var capacity = (int)(((long)text.Length + 3) / 4 * 3);
        byte[]? rented = null;
        var buffer = capacity <= StackLimit ? stackalloc byte[capacity] : (rented = ArrayPool<byte>.Shared.Rent(capacity));
        try
        {
            return Convert.TryFromBase64Chars(text, buffer, out var written)
                ? Inspect(buffer[..written])
                : HardwareHashCheck.Invalid(HardwareHashProblem.NotBase64, StoredText.Of(PortalText.Key("The hardware hash is not valid base64.")));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static HardwareHashCheck Inspect(ReadOnlySpan<byte> blob)
    {
        if (!blob.StartsWith("OA"u8))
        {
            return HardwareHashCheck.Invalid(HardwareHashProblem.NoMagic,
                StoredText.Of(PortalText.Key("The hardware hash does not start with the 'OA' signature (its text should begin with T0E, T0F, T0G or T0H).")));
        }
        if (blob.Length < 4)
        {
            return HardwareHashCheck.Invalid(HardwareHashProblem.LengthMismatch,
                StoredText.Of(PortalText.Key("The hardware hash is cut short: it ends before its length field.")));
        }

        int total = U16(blob[2..]);
        if (total > blob.Length)
        {
            return HardwareHashCheck.Invalid(HardwareHashProblem.LengthMismatch, StoredText.Of(PortalText.Key(
                "The hardware hash is cut short: it declares {0} bytes of records but holds only {1} bytes."), total, blob.Length));
        }

        if (Walk(blob, total, out var adapters, out var disks) is { } broken) return broken;

        var facts = ReadFacts(blob[..total], adapters, disks);
        if (!HasValidTrailer(blob, total))
        {
            return HardwareHashCheck.Invalid(HardwareHashProblem.ChecksumMismatch,
                StoredText.Of(PortalText.Key("The hardware hash is cut short or was edited: its SHA-256 checksum does not match.")), facts);
        }
        if (facts.SerialNumber is null)
        {
            return HardwareHashCheck.Invalid(HardwareHashProblem.MissingSerialNumber,
                StoredText.Of(PortalText.Key("The hardware hash carries no serial number.")), facts);
        }
        return facts.Manufacturer is null
            ? HardwareHashCheck.Invalid(HardwareHashProblem.MissingManufacturer,
                StoredText.Of(PortalText.Key("The hardware hash carries no manufacturer.")), facts)
            : HardwareHashCheck.Valid(facts);
    }

    // Checks the record structure before anything is allocated, and counts the list records so that
    // the reader can size its arrays exactly.
    private static HardwareHashCheck? Walk(ReadOnlySpan<byte> blob, int total, out int adapters, out int disks)
    {
        adapters = 0;
        disks = 0;
        var offset = 4;
        while (offset + 4 <= total)
        {
            int type = U16(blob[offset..]);
            int length = U16(blob[(offset + 2)..]);
            if (length < 4)
            {
                return HardwareHashCheck.Invalid(HardwareHashProblem.RecordOverrun, StoredText.Of(PortalText.Key(
                    "A record at byte {0} declares an impossible length of {1} bytes."), offset, length));
            }
            if (offset + length > blob.Length)
            {
                return HardwareHashCheck.Invalid(HardwareHashProblem.RecordOverrun, StoredText.Of(PortalText.Key(
                    "A record at byte {0} runs past the end of the hash."), offset));
            }
            adapters += type == NetworkAdapterType ? 1 : 0;
            disks += type == DiskSerialType ? 1 : 0;
            offset += length;
        }
        return offset == total
            ? null
            : HardwareHashCheck.Invalid(HardwareHashProblem.LengthMismatch, StoredText.Of(PortalText.Key(
                "The records in the hardware hash end at byte {0}, not at its declared length of {1} bytes."), offset, total));
    }

    private static bool HasValidTrailer(ReadOnlySpan<byte> blob, int total)
    {
        if (blob.Length < total + TrailerLength || !blob[total..].StartsWith(TrailerHeader)) return false;
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(blob[..total], digest);
        return digest.SequenceEqual(blob.Slice(total + 4, SHA256.HashSizeInBytes));
    }

    private static HardwareHashFacts ReadFacts(ReadOnlySpan<byte> records, int adapterCount, int diskCount)
    {
        string? serial = null, manufacturer = null, model = null, firmwareVendor = null, sku = null, family = null;
        string? productKeyId = null, tpmVersion = null, osVersion = null, cpuMaker = null, cpuModel = null;
        Guid? uuid = null;
        var hasEk = false;
        var adapters = adapterCount == 0 ? [] : new NetworkAdapterFact[adapterCount];
        var disks = diskCount == 0 ? [] : new string[diskCount];
        int adapter = 0, disk = 0;
        for (var offset = 4; offset < records.Length;)
        {
            int type = U16(records[offset..]);
            int length = U16(records[(offset + 2)..]);
            var payload = records.Slice(offset + 4, length - 4);
            offset += length;
            switch (type)
            {
                case SerialNumberType: serial ??= Text(payload); break;
                case ManufacturerType: manufacturer ??= Text(payload); break;
                case ModelType: model ??= Text(payload); break;
                case FirmwareVendorType: firmwareVendor ??= Text(payload); break;
                case SkuType: sku ??= Text(payload); break;
                case FamilyType: family ??= Text(payload); break;
                case ProductKeyIdType: productKeyId ??= Text(payload); break;
                case ProcessorManufacturerType: cpuMaker ??= Text(payload); break;
                case ProcessorModelType: cpuModel ??= Text(payload); break;
                case TpmVersionType: tpmVersion ??= TpmVersion(payload); break;
                case OsVersionType when payload.Length >= 16: osVersion ??= OsVersion(payload[8..]); break;
                case SmbiosUuidType when payload.Length >= 16: uuid ??= new Guid(payload[..16]); break;
                case TpmEkType: hasEk |= !payload.IsEmpty; break;
                // Medium (a u32) at payload 0, i.e. record +4; MAC at payload 4, i.e. record +8.
                case NetworkAdapterType when payload.Length >= 10:
                    adapters[adapter++] = new NetworkAdapterFact(Mac(payload.Slice(4, 6)), payload[0]);
                    break;
                case DiskSerialType when Text(payload) is { } text: disks[disk++] = text; break;
                default: break;
            }
        }
        if (adapter < adapters.Length) Array.Resize(ref adapters, adapter);
        if (disk < disks.Length) Array.Resize(ref disks, disk);
        return new HardwareHashFacts
        {
            SerialNumber = serial, Manufacturer = manufacturer, Model = model, FirmwareVendor = firmwareVendor, Sku = sku,
            Family = family, ProductKeyId = productKeyId, TpmVersion = tpmVersion, OsVersion = osVersion,
            ProcessorManufacturer = cpuMaker, ProcessorModel = cpuModel, SmbiosUuid = uuid,
            NetworkAdapters = adapters, DiskSerials = disks, HasTpmEndorsementKey = hasEk,
        };
    }

    // Strings are single-byte and NUL-terminated, except the disk record, which simply ends.
    private static string? Text(ReadOnlySpan<byte> payload)
    {
        var end = payload.IndexOf((byte)0);
        var text = end < 0 ? payload : payload[..end];
        while (!text.IsEmpty && text[0] <= ' ') text = text[1..];
        while (!text.IsEmpty && text[^1] <= ' ') text = text[..^1];
        return text.IsEmpty ? null : Encoding.Latin1.GetString(text);
    }

    // "TPM-Version:2.0 -Level:0-Revision:1.16-VendorID:'NTC '-Firmware:65539.65536" gives "2.0".
    private static string? TpmVersion(ReadOnlySpan<byte> payload)
    {
        if (!payload.StartsWith(TpmVersionPrefix)) return Text(payload);
        var rest = payload[TpmVersionPrefix.Length..];
        var end = rest.IndexOfAny((byte)' ', (byte)'-', (byte)0);
        return Text(end < 0 ? rest : rest[..end]);
    }

    // As VS_FIXEDFILEINFO stores it: u16 minor, major, revision, build. The record holds the tool's version first.
    private static string OsVersion(ReadOnlySpan<byte> v)
    {
        int minor = U16(v), major = U16(v[2..]), revision = U16(v[4..]), build = U16(v[6..]);
        return string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{build}.{revision}");
    }

    private static int U16(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    private static string Mac(ReadOnlySpan<byte> mac)
    {
        Span<char> text = stackalloc char[17];
        for (var i = 0; i < 6; i++)
        {
            text[i * 3] = "0123456789abcdef"[mac[i] >> 4];
            text[(i * 3) + 1] = "0123456789abcdef"[mac[i] & 0xF];
            if (i < 5) text[(i * 3) + 2] = ':';
        }
        return new string(text);
    }
}
