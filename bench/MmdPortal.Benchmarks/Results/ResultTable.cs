using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MmdPortal.Benchmarks.Results;

/// <summary>Collects measurements, prints them as a Markdown table (pasted into docs/performance.md as is) and
/// writes them with the run's context as JSON.</summary>
public sealed class ResultTable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly List<Measurement> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(Measurement measurement)
    {
        _rows.Add(measurement);
        Console.WriteLine($"  {measurement.Scenario} {measurement.Size}: {measurement.Metric} = {Format(measurement.Value)} {measurement.Unit}");
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine($"  note: {note}");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Scenario | Size | Metric | Value | Unit | Target | Met |");
        text.AppendLine("| --- | --- | --- | ---: | --- | --- | --- |");
        foreach (var r in _rows)
        {
            var met = r.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.Size} | {r.Metric} | {Format(r.Value)} | {r.Unit} | {r.Target} | {met} |");
        }

        return text.ToString();
    }

    public async Task<string> WriteJsonAsync(string folder, BenchOptions options, DateTimeOffset started)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{started:yyyyMMdd-HHmmss}-{options.Name}{(options.Quick ? "-quick" : "")}.json");
        var document = new
        {
            started,
            finished = DateTimeOffset.UtcNow,
            // The results are committed: never a password from the connection string.
            options = options with { Connection = Redacted(options.Connection) },
            machine = new
            {
                Environment.ProcessorCount,
                os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                loadAverage = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : null,
            },
            measurements = _rows,
            notes = _notes,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json));
        return path;
    }

    private static string? Redacted(string? connection) =>
        connection is null ? null : new Npgsql.NpgsqlConnectionStringBuilder(connection) { Password = null }.ToString();

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
