using System.Text;
using CsvHelper;
using MmdPortal.Web.Registrations;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Cli;

/// <summary>Writes the rows of many hardware-hash files into one Intune-form CSV as they are read, each piece of
/// hardware once, and says on <paramref name="errors"/> what it left out and why.</summary>
/// <remarks>Memory holds digests of the identity keys and the file and line of each device written, never a hash: the
/// same definition of "the same hardware" as an upload (<see cref="PreparedRow"/>, hash first, then
/// manufacturer + serial number).</remarks>
internal sealed class HashFileMerger(TextWriter errors)
{
    private readonly HardwareHashCsvReader _reader = new();
    private readonly HardwareSightings<FirstRow> _seen = new();

    public int Devices { get; private set; }
    public int Duplicates { get; private set; }
    public int RowProblems { get; private set; }
    public int FilesMerged { get; private set; }

    public async Task MergeAsync(IEnumerable<MergeInput> inputs, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, SafeCsv.Configuration);
        foreach (var name in SafeCsv.IntuneColumns) csv.WriteField(name);
        await csv.NextRecordAsync();
        foreach (var input in inputs) await MergeFileAsync(input, csv, cancellationToken);
    }

    private async Task MergeFileAsync(MergeInput input, CsvWriter csv, CancellationToken cancellationToken)
    {
        // As in an upload, a file is used whole or not at all. Most refusals come with the first lines, but a NUL
        // character or an oversized field can come late: a first pass, which decodes no hash, finds them before
        // any row of the file is written.
        UploadProblem? refusal;
        try
        {
            refusal = await CheckAsync(input, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            refusal = new UploadProblem(input.Name, null, $"it cannot be read ({ex.Message})");
        }

        if (refusal is not null)
        {
            Report(refusal.File ?? input.Name, refusal.Line, $"file skipped: {refusal.Message}");
            return;
        }

        FilesMerged++;
        await using var stream = Open(input.Path);
        await foreach (var result in _reader.ReadAsync(stream, input.Name, cancellationToken))
        {
            if (result.Problem is not null)
                throw new IOException($"{input.Name} changed while it was being merged; merge again.");
            var row = result.Row!;
            if (result.Warning is { } warning) errors.WriteLine(MergeCommand.Printable(warning.English()));
            await MergeRowAsync(PreparedRow.From(row), csv);
        }
    }

    private async Task MergeRowAsync(PreparedRow prepared, CsvWriter csv)
    {
        var row = prepared.Row;

        // Checked before repeats: a bad capture stays out of the file, so a later good one of the same device is kept.
        if (prepared.HashProblem is { } problem)
        {
            RowProblems++;
            Report(row.File, row.Line, $"skipped: hardware hash not valid. {problem.English()}");
            return;
        }

        if (!_seen.TryAdd(prepared, new FirstRow(row.File, row.Line), out var first, out var sameHash))
        {
            Duplicates++;
            var detail = RepeatedHardware.Detail(sameHash, first.File, first.Line).English();
            Report(row.File, row.Line, $"skipped: {char.ToLowerInvariant(detail[0])}{detail[1..]}");
            return;
        }

        foreach (var field in new[] { prepared.SerialNumber, row.ProductId, row.HardwareHash, row.GroupTag, row.AssignedUser })
            csv.WriteField(field ?? "");
        await csv.NextRecordAsync();
        Devices++;
    }

    private async Task<UploadProblem?> CheckAsync(MergeInput input, CancellationToken cancellationToken)
    {
        await using var stream = Open(input.Path);
        await foreach (var result in _reader.ReadAsync(stream, input.Name, cancellationToken))
        {
            if (result.Problem is not null) return result.Problem;
        }

        return null;
    }

    private void Report(string file, int? line, string message) =>
        errors.WriteLine(MergeCommand.Printable(line is null ? $"{file}: {message}" : $"{file}, line {line}: {message}"));

    private static FileStream Open(string path) => new(path, new FileStreamOptions
    {
        Mode = FileMode.Open,
        Access = FileAccess.Read,
        Share = FileShare.Read,
        Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
    });

    // File names are shared with the reader's rows: a first row costs a line number and its keys' digests, never its hash.
    private readonly record struct FirstRow(string File, int Line);
}
