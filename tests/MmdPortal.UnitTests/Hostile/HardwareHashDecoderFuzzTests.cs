using System.Buffers.Binary;
using System.Security.Cryptography;
using MmdPortal.Web.Devices.Hashes;
using Xunit.Abstractions;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>The hash decoder on mutations of real and generated hashes, at the byte level (re-signed half of the
/// time, so that damaged records get past the checksum to the readers of facts) and at the text level.</summary>
public sealed class HardwareHashDecoderFuzzTests(ITestOutputHelper output)
{
    private static readonly ushort[] Boundaries = [0, 1, 2, 3, 4, 5, 8, 16, 255, 256, 3000, 32767, 32768, 65534, 65535];

    [Fact]
    public async Task Check_MutatedHashes_GiveAVerdictWithAReason_NeverThrow()
    {
        var originals = Enumerable.Range(0, 8).Select(HardwareHashBuilder.Build)
            .Append(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "surface-laptop-complete-hash.b64")).Trim())
            .Select(Convert.FromBase64String)
            .ToList();
        var random = new Random(FuzzSettings.Seed);
        var run = new FuzzRun(output, "hardware hash decoder");
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var cases = FuzzSettings.Cases(2000) * 2;
        for (var i = 0; i < cases; i++)
        {
            var (text, description) = Mutate(originals[random.Next(originals.Count)], random);
            await run.CaseAsync(description, _ =>
            {
                var check = HardwareHashDecoder.Check(text);
                var verdict = check.Problem?.ToString() ?? "Valid";
                lock (verdicts) verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
                if (check.IsValid)
                {
                    return Task.FromResult(check.Facts is { SerialNumber: not null, Manufacturer: not null }
                        ? null
                        : "valid without a serial number or manufacturer");
                }

                return Task.FromResult(string.IsNullOrWhiteSpace(check.Detail) ? $"{check.Problem} without a reason" : null);
            });
        }

        run.Finish(string.Join(", ", verdicts.OrderByDescending(v => v.Value).Select(v => $"{v.Key} {v.Value}")));
    }

    private static (string Text, string Description) Mutate(byte[] original, Random random)
    {
        var blob = (byte[])original.Clone();
        string description;
        switch (random.Next(7))
        {
            case 0:
                var flips = 1 + random.Next(8);
                for (var f = 0; f < flips; f++) blob[random.Next(blob.Length)] ^= (byte)(1 << random.Next(8));
                description = $"flip {flips} bits";
                break;
            case 1:
                // A length field (the total, or a record's) set to a boundary value.
                var at = random.Next(2) == 0 ? 2 : Record(blob, random) + 2;
                var value = Boundaries[random.Next(Boundaries.Length)];
                BinaryPrimitives.WriteUInt16LittleEndian(blob.AsSpan(at), value);
                description = $"u16 at {at} = {value}";
                break;
            case 2:
                var record = Record(blob, random);
                BinaryPrimitives.WriteUInt16LittleEndian(blob.AsSpan(record), (ushort)random.Next(30));
                description = $"record at {record} retyped";
                break;
            case 3:
                var cut = random.Next(blob.Length);
                blob = blob[..cut];
                description = $"cut at {cut}";
                break;
            case 4:
                var noise = new byte[random.Next(70_000)];
                random.NextBytes(noise);
                blob = [.. blob.AsSpan(0, Math.Min(blob.Length, 4 + random.Next(blob.Length))), .. noise];
                description = $"{noise.Length} random bytes";
                break;
            case 5:
                var start = 4 + random.Next(blob.Length - 4);
                blob.AsSpan(start, Math.Min(blob.Length - start, random.Next(200))).Fill((byte)random.Next(256));
                description = $"fill at {start}";
                break;
            default:
                description = "unchanged bytes";
                break;
        }

        if (random.Next(2) == 0 && blob.Length >= 4)
        {
            Resign(blob);
            description += ", re-signed";
        }

        var text = Convert.ToBase64String(blob);
        switch (random.Next(6))
        {
            case 0:
                var at = random.Next(text.Length + 1);
                text = text.Insert(at, ((char)random.Next(0x20, 0x3000)).ToString());
                description += $", a character inserted at {at}";
                break;
            case 1:
                text = text[..random.Next(text.Length + 1)];
                description += ", text cut";
                break;
            case 2:
                text = " \t" + text.Insert(random.Next(text.Length), " \r\n ") + "\n";
                description += ", white space";
                break;
            case 3:
                text += new string('A', random.Next(200_000) / 4 * 4);
                description += ", a huge tail";
                break;
        }

        return (text, description);
    }

    // A record's offset, walking the declared lengths as far as they make sense.
    private static int Record(byte[] blob, Random random)
    {
        int total = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(2)), blob.Length), offset = 4;
        var offsets = new List<int> { 4 };
        while (offset + 4 <= total)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(offset + 2));
            if (length < 4) break;
            offset += length;
            if (offset + 4 <= total) offsets.Add(offset);
        }

        return offsets[random.Next(offsets.Count)];
    }

    // Writes a valid trailer after the declared records, where there is room for one.
    private static void Resign(byte[] blob)
    {
        int total = BinaryPrimitives.ReadUInt16LittleEndian(blob.AsSpan(2));
        if (total + HardwareHashDecoder.TrailerLength > blob.Length) return;
        HardwareHashDecoder.TrailerHeader.CopyTo(blob.AsSpan(total));
        SHA256.HashData(blob.AsSpan(0, total), blob.AsSpan(total + 4, SHA256.HashSizeInBytes));
    }
}
