using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static MmdPortal.Web.Devices.Hashes.HardwareHashDecoder;

namespace MmdPortal.Web.Devices.Hashes;

/// <summary>Writes valid hardware hashes, shaped like real ones, for tests, demos and load generation.</summary>
/// <remarks>The hashes pass <see cref="HardwareHashDecoder"/> but describe no real device: never upload them to Autopilot.</remarks>
public static class HardwareHashBuilder
{
    private const int MaxBlob = ushort.MaxValue + TrailerLength;

    private sealed record Product(string Manufacturer, string Model, string Sku, string Family, string Cpu, bool Laptop);

    private static readonly Product[] Products =
    [
        new("Microsoft Corporation", "Surface Laptop", "Surface_Laptop", "Surface", "Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz", true),
        new("Microsoft Corporation", "Surface Pro 7", "Surface_Pro_7_1866", "Surface", "Intel(R) Core(TM) i5-1035G4 CPU @ 1.10GHz", true),
        new("Dell Inc.", "Latitude 7420", "0A45", "Latitude", "11th Gen Intel(R) Core(TM) i7-1185G7 @ 3.00GHz", true),
        new("Dell Inc.", "OptiPlex 7090", "0A68", "OptiPlex", "11th Gen Intel(R) Core(TM) i7-11700 @ 2.50GHz", false),
        new("HP", "HP EliteBook 840 G8", "3C6D5EA#ABU", "103C_5336AN HP EliteBook", "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", true),
        new("HP", "HP EliteDesk 800 G6 Desktop Mini PC", "1D2F6EA#ABU", "103C_53307F HP EliteDesk", "Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz", false),
        new("LENOVO", "20XW0026US", "LENOVO_MT_20XW_BU_Think_FM_ThinkPad X1 Carbon Gen 9", "ThinkPad X1 Carbon Gen 9", "11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz", true),
        new("LENOVO", "20U9005MUS", "LENOVO_MT_20U9_BU_Think_FM_ThinkPad X1 Carbon Gen 8", "ThinkPad X1 Carbon Gen 8", "Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz", true),
    ];

    private static readonly string[] Disks = ["SAMSUNG MZVLB512HBJQ-000L7", "KXG60ZNV512G KIOXIA", "PC SN730 NVMe WDC 512GB"];
    private static readonly int[] WindowsUpdates = [2965, 3208, 3448, 3570, 3803, 4046, 4291, 4529, 4780, 5011];

    public static string Build(int seed) => Build(SampleFacts(seed));

    /// <summary>Writes a record for every fact that is set, signs it, and zero-pads it to <paramref name="paddedLength"/> bytes.</summary>
    /// <exception cref="ArgumentException">A fact cannot be encoded, or the records exceed 65,535 bytes.</exception>
    public static string Build(HardwareHashFacts facts, int paddedLength = 3000)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(paddedLength, MaxBlob));
        try
        {
            var writer = new Writer(buffer.AsSpan(0, ushort.MaxValue));
            WriteRecords(ref writer, facts, Fnv(facts.SerialNumber) ^ Fnv(facts.Model));
            var total = writer.Position;
            "OA"u8.CopyTo(buffer);
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(2), (ushort)total);
            TrailerHeader.CopyTo(buffer.AsSpan(total));
            SHA256.HashData(buffer.AsSpan(0, total), buffer.AsSpan(total + 4, SHA256.HashSizeInBytes));
            var length = Math.Max(total + TrailerLength, paddedLength);
            buffer.AsSpan(total + TrailerLength, length - total - TrailerLength).Clear();
            return Convert.ToBase64String(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Realistic facts for one of eight enterprise models; the serial number is unique per seed.</summary>
    public static HardwareHashFacts SampleFacts(int seed)
    {
        var product = Products[(uint)seed % (uint)Products.Length];
        ulong Bits(int n) => Mix(((ulong)(uint)seed << 8) + (ulong)n);
        Span<byte> uuid = stackalloc byte[16];
        Fill(uuid, Bits(0));
        if (product.Manufacturer == "Dell Inc.") "DELL"u8.CopyTo(uuid);  // Dell SMBIOS UUIDs begin 4c4c4544.
        var disk = Bits(1).ToString("X16", CultureInfo.InvariantCulture);
        var oui = product.Manufacturer == "Microsoft Corporation" ? "bc:83:85" : "00:1b:21";
        var mac = Bits(2) & 0xFFFFFE;
        NetworkAdapterFact Adapter(ulong value, byte medium) => new(string.Create(CultureInfo.InvariantCulture,
            $"{oui}:{(value >> 16) & 0xFF:x2}:{(value >> 8) & 0xFF:x2}:{value & 0xFF:x2}"), medium);
        return new HardwareHashFacts
        {
            SerialNumber = Serial(product.Manufacturer, Scramble((uint)seed)),
            Manufacturer = product.Manufacturer, Model = product.Model, FirmwareVendor = product.Manufacturer,
            Sku = product.Sku, Family = product.Family, TpmVersion = "2.0", HasTpmEndorsementKey = true,
            ProductKeyId = (Bits(3) % 10_000_000_000_000).ToString("D13", CultureInfo.InvariantCulture),
            OsVersion = string.Create(CultureInfo.InvariantCulture,
                $"10.0.19045.{WindowsUpdates[Bits(4) % (ulong)WindowsUpdates.Length]}"),
            ProcessorManufacturer = "GenuineIntel", ProcessorModel = product.Cpu,
            SmbiosUuid = new Guid(uuid),
            NetworkAdapters = product.Laptop ? [Adapter(mac, 9), Adapter(mac + 1, 10)] : [Adapter(mac, 14)],
            DiskSerials = [string.Create(CultureInfo.InvariantCulture,
                $"{disk[..4]}_{disk[4..8]}_{disk[8..12]}_{disk[12..]}_0025_3859_0000_0001.|{Disks[Bits(5) % (ulong)Disks.Length]}|")],
        };
    }

    // The order, and the records that hold no fact (processor topology, memory, disk size, display, chassis), copy
    // the real Surface Laptop sample, so built hashes look like real ones to any tool.
    private static void WriteRecords(ref Writer writer, HardwareHashFacts facts, ulong key)
    {
        if (facts.OsVersion is not null)
        {
            if (!Version.TryParse(facts.OsVersion, out var os) || os.Revision < 0
                || Math.Max(Math.Max(os.Major, os.Minor), Math.Max(os.Build, os.Revision)) > ushort.MaxValue)
            {
                throw new ArgumentException($"OsVersion '{facts.OsVersion}' is not four numbers up to 65535.", nameof(facts));
            }
            // The hashing tool's version (build.1), the OS's, then 8 bytes of unknown meaning.
            var payload = writer.Begin(OsVersionType, 24);
            BinaryPrimitives.WriteUInt64LittleEndian(payload, FileVersion(os.Major, os.Minor, os.Build, 1));
            BinaryPrimitives.WriteUInt64LittleEndian(payload[8..], FileVersion(os.Major, os.Minor, os.Build, os.Revision));
            Fill(payload[16..], Mix(key ^ 1));
        }
        writer.Record(2, [0x09, 0x00, 0x01, 0x00, 0x02, 0x00, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]);
        writer.Record(5, [8, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x01, 0x00, 0x03]);
        writer.Text(ProcessorManufacturerType, facts.ProcessorManufacturer);
        writer.Text(ProcessorModelType, facts.ProcessorModel, minLength: 48);  // CPUID's brand string is 48 bytes.
        writer.Record(6, [0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x11, 0x00, 0x00, 0x01]);
        foreach (var disk in facts.DiskSerials) writer.Text(DiskSerialType, disk, terminate: false);
        foreach (var adapter in facts.NetworkAdapters) WriteAdapter(ref writer, adapter);
        writer.Record(9, [0x1d, 0x01, 0xbe, 0x00, 0xd0, 0x08, 0xe0, 0x05, 0x00, 0x00, 0x00, 0x80]);
        writer.Record(27, [0x1d, 0x00, 0x13, 0x00]);
        writer.Record(10, [0x09, 0x02, 0x00, 0xc5, 0x0a]);
        if (facts.TpmVersion is not null)
        {
            writer.Text(TpmVersionType, $"TPM-Version:{facts.TpmVersion} -Level:0-Revision:1.38-VendorID:'NTC '-Firmware:7.2.3.1");
        }
        if (facts.HasTpmEndorsementKey)
        {
            var modulus = writer.Begin(TpmEkType, 256);  // RSA-2048, so the top bit is set.
            Fill(modulus, Mix(key ^ 2));
            modulus[0] |= 0x80;
        }
        var digest = writer.Begin(11, 42);  // u32 0, u16 1, u16 32, u16 0, then 32 bytes that look like a SHA-256.
        digest[4] = 1;
        digest[6] = 32;
        Fill(digest[10..], Mix(key ^ 3));
        if (facts.SmbiosUuid is { } uuid) uuid.TryWriteBytes(writer.Begin(SmbiosUuidType, 16));
        writer.Text(SerialNumberType, facts.SerialNumber);
        writer.Text(FirmwareVendorType, facts.FirmwareVendor);
        writer.Text(ManufacturerType, facts.Manufacturer);
        writer.Text(ModelType, facts.Model);
        writer.Text(SkuType, facts.Sku);
        writer.Text(FamilyType, facts.Family);
        writer.Text(20, facts.Manufacturer);  // baseboard manufacturer and product
        writer.Text(21, facts.Model);
        writer.Text(ProductKeyIdType, facts.ProductKeyId);
        writer.Text(28, facts.DiskSerials.Count > 0 ? facts.DiskSerials[0] : null);  // the first disk again, terminated
    }

    // Payload: u32 medium, 6-byte MAC, u32 byte length of the bus name, bus name in UTF-16 with its NUL.
    private static void WriteAdapter(ref Writer writer, NetworkAdapterFact adapter)
    {
        var bus = adapter.Medium == 10 ? "BTH\0" : "PCI\0";
        var payload = writer.Begin(NetworkAdapterType, 14 + (bus.Length * 2));
        payload[0] = adapter.Medium;
        var hex = adapter.MacAddress.Replace(":", "", StringComparison.Ordinal);
        if (Convert.FromHexString(hex, payload.Slice(4, 6), out _, out var written) != OperationStatus.Done || written != 6)
        {
            throw new ArgumentException($"MAC address '{adapter.MacAddress}' is not six colon-separated bytes.", nameof(adapter));
        }
        payload[10] = (byte)(bus.Length * 2);
        Encoding.Unicode.GetBytes(bus, payload[14..]);
    }

    // As VS_FIXEDFILEINFO stores it: u16 minor, major, revision, build.
    private static ulong FileVersion(int major, int minor, int build, int revision) =>
        (ushort)minor | ((ulong)(ushort)major << 16) | ((ulong)(ushort)revision << 32) | ((ulong)(ushort)build << 48);

    // Each vendor's style, and injective in the scrambled seed, so distinct seeds give distinct serials.
    private static string Serial(string manufacturer, uint value) => manufacturer switch
    {
        "Dell Inc." => Base36(value, 7),
        "HP" => "5CG" + Base36(value, 7),
        "LENOVO" => (value < 2_176_782_336 ? "PF" : "PC") + Base36(value % 2_176_782_336, 6),  // 36^6
        _ => "0" + (10_000_000_000 + value).ToString(CultureInfo.InvariantCulture),
    };

    private static string Base36(uint value, int width) => string.Create(width, value, static (chars, v) =>
    {
        for (var i = chars.Length - 1; i >= 0; i--, v /= 36) chars[i] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(int)(v % 36)];
    });

    // Each step is invertible, so this is a bijection on uint.
    private static uint Scramble(uint x)
    {
        x = (x + 0x6D2B79F5) * 0x9E3779B1;
        x = (x ^ (x >> 16)) * 0x85EBCA6B;
        return x ^ (x >> 13);
    }

    // SplitMix64's finaliser, a bijection on ulong: unlike System.Random, the same on every runtime.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private static void Fill(Span<byte> target, ulong key)
    {
        for (var i = 0; i < target.Length; i++) target[i] = (byte)(Mix(key + (ulong)(i / 8)) >> (8 * (i % 8)));
    }

    private static ulong Fnv(string? text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text ?? "") hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    private ref struct Writer(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;

        public int Position { get; private set; } = 4;

        public Span<byte> Begin(int type, int payloadLength)
        {
            var length = payloadLength + 4;
            if (Position + length > _buffer.Length) throw new ArgumentException("The facts exceed the 65,535 bytes a hash can hold.");
            var record = _buffer.Slice(Position, length);
            BinaryPrimitives.WriteUInt16LittleEndian(record, (ushort)type);
            BinaryPrimitives.WriteUInt16LittleEndian(record[2..], (ushort)length);
            record[4..].Clear();
            Position += length;
            return record[4..];
        }

        public void Record(int type, ReadOnlySpan<byte> payload) => payload.CopyTo(Begin(type, payload.Length));

        public void Text(int type, string? value, bool terminate = true, int minLength = 0)
        {
            if (value is null) return;
            Encoding.Latin1.GetBytes(value, Begin(type, Math.Max(value.Length + (terminate ? 1 : 0), minLength)));
        }
    }
}
