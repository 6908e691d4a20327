using System.Text;
using MmdPortal.Web.Registrations;

namespace MmdPortal.UnitTests.Registrations;

/// <summary>The files under TestData/Csv (written by make_corpus.py) and the devices in them.</summary>
internal static class CsvCorpus
{
    public const string AutopilotHeader = "Device Serial Number,Windows Product ID,Hardware Hash";

    /// <summary>Seeds 0, 2, 4 and 6 of HardwareHashBuilder: Surface Laptop, Dell, HP and Lenovo.</summary>
    public static readonly IReadOnlyList<CorpusDevice> Samples = File.ReadLines(PathOf("devices.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(f => new CorpusDevice(int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1], f[2], f[3], f[4]))
        .ToList();

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Csv", name);

    /// <summary>Reads a corpus file the way an upload arrives: forward only, a few bytes at a time.</summary>
    public static Task<List<CsvReadResult>> ReadAsync(string name, int bytesPerRead = 1000) =>
        ReadAsync(new TrickleStream(File.OpenRead(PathOf(name)), bytesPerRead), name);

    public static Task<List<CsvReadResult>> ReadAsync(string content, string name, Encoding? encoding = null) =>
        ReadAsync(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(content)), name);

    public static async Task<List<CsvReadResult>> ReadAsync(Stream stream, string name)
    {
        await using (stream)
        {
            var results = new List<CsvReadResult>();
            await foreach (var result in new HardwareHashCsvReader().ReadAsync(stream, name)) results.Add(result);
            return results;
        }
    }

    /// <summary>The rows of a file that was read without a problem.</summary>
    public static List<HardwareHashRow> Rows(this List<CsvReadResult> results)
    {
        Assert.All(results, r => Assert.Null(r.Problem));
        return results.Select(r => r.Row!).ToList();
    }

    /// <summary>The problem of a file that was refused before any row.</summary>
    public static UploadProblem Refusal(this List<CsvReadResult> results) => Assert.Single(results).Problem!;
}

internal sealed record CorpusDevice(int Seed, string Serial, string Manufacturer, string Model, string Hash)
{
    public HardwareHashRow Row(string file, int line, string? productId = null, string? groupTag = null,
        string? assignedUser = null, bool withMaker = false) =>
        new(file, line, Serial, withMaker ? Manufacturer : null, withMaker ? Model : null, productId, Hash, groupTag, assignedUser);
}
