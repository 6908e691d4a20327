using System.Text;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Data;

/// <summary>Writes an upload as Get-WindowsAutoPilotInfo does (serial, product ID, hash; no quotes), straight to
/// disk so that a 400 MB file never sits in the benchmark's memory.</summary>
public static class DeviceCsv
{
    public const string Header = "Device Serial Number,Windows Product ID,Hardware Hash";

    /// <summary>One row in a hundred carries a hash cut short, as a damaged copy-and-paste would: to an eighth,
    /// since the records of a built hash fill only half of its 3,000 bytes (the rest is zero padding).</summary>
    public static bool IsBadRow(int seed) => seed % 100 == 99;

    public static async Task<string> WriteAsync(string folder, int rows, int firstSeed = 1)
    {
        var path = Path.Combine(folder, $"devices-{firstSeed}-{rows}.csv");
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(Header);
        for (var seed = firstSeed; seed < firstSeed + rows; seed++)
        {
            // The builder's eight products are all in the built-in catalog, so valid rows become Ready for user.
            var facts = HardwareHashBuilder.SampleFacts(seed);
            var hash = HardwareHashBuilder.Build(facts);
            if (IsBadRow(seed)) hash = hash[..(hash.Length / 8)];
            await writer.WriteLineAsync($"{facts.SerialNumber},,{hash}");
        }

        return path;
    }
}
