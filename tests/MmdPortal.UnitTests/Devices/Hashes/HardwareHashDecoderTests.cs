using System.Buffers.Binary;
using System.Security.Cryptography;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.UnitTests.Devices.Hashes;

public sealed class HardwareHashDecoderTests
{
    // The real Surface Laptop hash that Microsoft's Managed Desktop documentation published, made whole.
    private static readonly string CompleteSample = ReadTestData("surface-laptop-complete-hash.b64").Trim();

    internal static readonly HardwareHashFacts CompleteSampleFacts = new()
    {
        SerialNumber = "016520771357",
        Manufacturer = "Microsoft Corporation",
        Model = "Surface Laptop",
        FirmwareVendor = "Microsoft Corporation",
        Sku = "Surface_Laptop",
        Family = "Surface",
        ProductKeyId = "3863475297787",
        TpmVersion = "2.0",
        OsVersion = "10.0.17763.288",
        ProcessorManufacturer = "GenuineIntel",
        ProcessorModel = "Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz",
        SmbiosUuid = Guid.Parse("2a856e34-c6b7-50dd-00eb-023e169e132d"),
        NetworkAdapters = [new("bc:83:85:ec:4f:bb", 9), new("bc:83:85:ec:4f:bc", 10)],
        DiskSerials = ["3333_4A30_4A21_6115_0025_3859_0000_0001.|SAMSUNG KUS030202M-B000|"],
        HasTpmEndorsementKey = true,
    };

    [Fact]
    public void Check_CompleteSurfaceSample_DecodesEveryFact()
    {
        var check = HardwareHashDecoder.Check(CompleteSample);

        Assert.True(check.IsValid, check.Detail);
        Assert.Null(check.Detail);
        Assert.Equal(CompleteSampleFacts, check.Facts);
    }

    [Fact]
    public void Check_PublishedTruncatedSample_ReportsChecksumMismatchButNamesTheDevice()
    {
        var row = ReadTestData("device-registration-sample-self.csv").Split('\n')[1];

        var check = HardwareHashDecoder.Check(row.Split(',')[3]);

        Assert.Equal(HardwareHashProblem.ChecksumMismatch, check.Problem);
        Assert.Equal("The hardware hash is cut short or was edited: its SHA-256 checksum does not match.", check.Detail);
        Assert.Equal("016520771357", check.Facts?.SerialNumber);
    }

    [Fact]
    public void Check_SurroundingWhitespace_IsValid()
    {
        Assert.True(HardwareHashDecoder.Check($" \t\r\n{CompleteSample}\r\n").IsValid);
        Assert.True(HardwareHashDecoder.Check($"  {CompleteSample}  ".AsSpan()).IsValid);
    }

    [Theory]
    [InlineData(null, HardwareHashProblem.Missing)]
    [InlineData("", HardwareHashProblem.Missing)]
    [InlineData(" \r\n\t", HardwareHashProblem.Missing)]
    [InlineData("T0E", HardwareHashProblem.NotBase64)]
    [InlineData("T0E@AAAA", HardwareHashProblem.NotBase64)]
    [InlineData("T0EeBAEAHAAAAAoA=AAA", HardwareHashProblem.NotBase64)]
    [InlineData("QUJD", HardwareHashProblem.NoMagic)]
    [InlineData("Tw==", HardwareHashProblem.NoMagic)]
    [InlineData("T0E=", HardwareHashProblem.LengthMismatch)]
    public void Check_MalformedText_ReportsProblem(string? hash, HardwareHashProblem expected)
    {
        var check = HardwareHashDecoder.Check(hash);

        Assert.Equal(expected, check.Problem);
        Assert.False(string.IsNullOrWhiteSpace(check.Detail));
        Assert.Null(check.Facts);
    }

    [Fact]
    public void Check_NotBase64_SaysSo() =>
        Assert.Equal("The hardware hash is not valid base64.", HardwareHashDecoder.Check("T0E@AAAA").Detail);

    [Fact]
    public void Check_SampleWithEditedSignature_ReportsNoMagic()
    {
        var check = CheckEdited(blob => blob[1] = (byte)'B');

        Assert.Equal(HardwareHashProblem.NoMagic, check.Problem);
        Assert.Contains("T0E", check.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ushort.MaxValue, "A record at byte 718 runs past the end of the hash.")]
    [InlineData(0, "A record at byte 718 declares an impossible length of 0 bytes.")]
    public void Check_BrokenSerialRecordLength_ReportsRecordOverrunAtItsOffset(int length, string detail)
    {
        var check = CheckEdited(blob => BinaryPrimitives.WriteUInt16LittleEndian(blob.AsSpan(718 + 2), (ushort)length));

        Assert.Equal(HardwareHashProblem.RecordOverrun, check.Problem);
        Assert.Equal(detail, check.Detail);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1052)]
    [InlineData(1056)]
    [InlineData(2)]
    [InlineData(3001)]
    public void Check_DeclaredLengthOffTheRecordWalk_ReportsLengthMismatch(int declaredLength)
    {
        var check = CheckEdited(blob => BinaryPrimitives.WriteUInt16LittleEndian(blob.AsSpan(2), (ushort)declaredLength));

        Assert.Equal(HardwareHashProblem.LengthMismatch, check.Problem);
        Assert.Null(check.Facts);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(722)]
    [InlineData(1054)]
    [InlineData(1058)]
    [InlineData(1089)]
    public void Check_FlippedByte_ReportsChecksumMismatch(int offset) =>
        Assert.Equal(HardwareHashProblem.ChecksumMismatch, CheckEdited(blob => blob[offset] ^= 0x01).Problem);

    [Theory]
    [InlineData(14, HardwareHashProblem.MissingSerialNumber, "The hardware hash carries no serial number.")]
    [InlineData(16, HardwareHashProblem.MissingManufacturer, "The hardware hash carries no manufacturer.")]
    public void Check_SampleWithoutRecordAndResigned_ReportsMissingFact(int type, HardwareHashProblem expected, string detail)
    {
        var check = HardwareHashDecoder.Check(Convert.ToBase64String(WithoutRecord(CompleteSample, type)));

        Assert.Equal(expected, check.Problem);
        Assert.Equal(detail, check.Detail);
        Assert.Equal(type == 14 ? null : "016520771357", check.Facts?.SerialNumber);
        Assert.Equal("Surface Laptop", check.Facts?.Model);
    }

    [Fact]
    public void Check_BuiltWithoutSerial_ReportsMissingSerialNumber()
    {
        var facts = HardwareHashBuilder.SampleFacts(3) with { SerialNumber = null };

        var check = HardwareHashDecoder.Check(HardwareHashBuilder.Build(facts));

        Assert.Equal(HardwareHashProblem.MissingSerialNumber, check.Problem);
        Assert.Equal(facts, check.Facts);
    }

    [Fact]
    public void Check_EveryPrefixOfSample_NeverThrowsAndPassesOnlyWithWholeTrailer()
    {
        // The trailer ends at byte 1,090, so 1,456 characters are the shortest prefix that holds it.
        for (var length = 0; length <= CompleteSample.Length; length++)
        {
            var check = HardwareHashDecoder.Check(CompleteSample.AsSpan(0, length));

            Assert.Equal(length >= 1456 && length % 4 == 0, check.IsValid);
        }
    }

    [Fact]
    public void Check_RandomText_NeverThrows()
    {
        var random = new Random(20240611);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \r\n\t-_,\"é\0";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = i % 2 == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next(char.MaxValue);
            }

            _ = HardwareHashDecoder.Check(new string(chars));
            _ = HardwareHashDecoder.Check("T0E" + new string(chars));
        }
    }

    [Fact]
    public void Check_RandomlyEditedAndResignedSample_NeverThrows()
    {
        var random = new Random(7);
        var original = Convert.FromBase64String(CompleteSample);
        for (var i = 0; i < 20_000; i++)
        {
            var blob = (byte[])original.Clone();
            for (var edits = random.Next(1, 8); edits > 0; edits--)
            {
                blob[random.Next(2, 1054)] = (byte)random.Next(256);
            }
            Resign(blob);

            var check = HardwareHashDecoder.Check(Convert.ToBase64String(blob));

            Assert.Equal(check.IsValid, check.Detail is null);
        }
    }

    private static string ReadTestData(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static HardwareHashCheck CheckEdited(Action<byte[]> edit)
    {
        var blob = Convert.FromBase64String(CompleteSample);
        edit(blob);
        return HardwareHashDecoder.Check(Convert.ToBase64String(blob));
    }

    private static int FindRecord(byte[] blob, int type)
    {
        var offset = 4;
        while (BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(offset)) != type)
        {
            offset += BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(offset + 2));
        }
        return offset;
    }

    // Cuts one record out, moves the rest up, and signs the result the way a real tool would.
    private static byte[] WithoutRecord(string hash, int type)
    {
        var blob = Convert.FromBase64String(hash);
        var offset = FindRecord(blob, type);
        var length = BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(offset + 2));
        var total = BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(2));
        var edited = new byte[blob.Length];
        blob.AsSpan(0, offset).CopyTo(edited);
        blob.AsSpan(offset + length, total - offset - length).CopyTo(edited.AsSpan(offset));
        BinaryPrimitives.WriteUInt16LittleEndian(edited.AsSpan(2), (ushort)(total - length));
        Resign(edited);
        return edited;
    }

    private static void Resign(byte[] blob)
    {
        var total = BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(2));
        if (blob.Length >= total + 36)
        {
            "CS$\0"u8.CopyTo(blob.AsSpan(total));
            SHA256.HashData(blob.AsSpan(0, total), blob.AsSpan(total + 4, 32));
        }
    }
}
