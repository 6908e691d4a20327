using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace MmdPortal.Web.Registrations;

/// <summary>Streams the data rows of one hardware-hash CSV, recognising its form from the header.</summary>
/// <remarks>CsvHelper 33's parser gives field-level access, which header recognition needs; 34's API binds
/// source-generated record types to fixed headers instead.</remarks>
public sealed class HardwareHashCsvReader
{
    // A real hash is about 4,000 characters; anything far larger is not a hardware-hash CSV and must not be buffered.
    internal const int MaxFieldLength = 64 * 1024;

    public async IAsyncEnumerable<CsvReadResult> ReadAsync(
        Stream content, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 64 * 1024, leaveOpen: true);
        using var parser = new CsvParser(text, Configuration);
        CsvColumns? columns = null;
        var rows = 0;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            UploadProblem? readProblem = null;
            try
            {
                more = await parser.ReadAsync();
            }
            catch (MaxFieldSizeException)
            {
                more = false;
                readProblem = new UploadProblem(fileName, parser.RawRow,
                    $"a field is longer than {MaxFieldLength:N0} characters; a hardware hash is about 4,000. Check that this is a hardware-hash CSV.");
            }

            if (readProblem is not null)
            {
                yield return new CsvReadResult(null, readProblem);
                yield break;
            }

            if (!more) break;
            var record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var line = StartLine(parser, record);

            if (columns is null)
            {
                var problem = CheckHeader(record, fileName, line, out columns);
                if (problem is not null)
                {
                    yield return new CsvReadResult(null, problem);
                    yield break;
                }

                continue;
            }

            rows++;
            yield return new CsvReadResult(ToRow(record, columns, fileName, line), null);
        }

        if (columns is null)
            yield return new CsvReadResult(null, new UploadProblem(fileName, null,
                "the file is empty. Export the hardware hashes again (Get-WindowsAutoPilotInfo -OutputFile) and upload that file."));
        else if (rows == 0)
            yield return new CsvReadResult(null, new UploadProblem(fileName, null,
                "the file has a header but no device rows below it."));
    }

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        MissingFieldFound = null,
        // Stray quotes inside an unquoted field keep their text; a damaged hash then fails its own check with a reason.
        BadDataFound = null,
        MaxFieldSize = MaxFieldLength,
        TrimOptions = TrimOptions.Trim,
    };

    private static UploadProblem? CheckHeader(string[] record, string fileName, int line, out CsvColumns? columns)
    {
        columns = null;
        var first = record[0];
        if (first.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
            return new UploadProblem(fileName, null, "this is an Excel workbook or a zip file, not a CSV: save it as CSV (comma delimited) and upload that.");
        if (record.Any(f => f.Contains('\0', StringComparison.Ordinal)))
            return new UploadProblem(fileName, null, "this is not a text file. Upload the CSV written by Get-WindowsAutoPilotInfo or your OEM.");

        var found = CsvColumns.FromHeader(record);
        var names = string.Join(", ", record.Select(f => $"'{Shorten(f)}'"));
        if (found is null)
            return new UploadProblem(fileName, line,
                $"no recognisable header. The first line should name the columns, e.g. 'Device Serial Number,Windows Product ID,Hardware Hash'; found: {names}.");
        if (found.HardwareHash < 0 && found.SerialNumber >= 0 && found.Manufacturer >= 0 && found.Model >= 0)
            return new UploadProblem(fileName, line,
                "this is a partner registration file (Manufacturer, Model, Serial Number without hardware hashes), which partners submit through their own process. To register devices yourself, upload their hardware hashes: run Get-WindowsAutoPilotInfo on each device, or ask your OEM for the AutoPilot registration file.");
        if (found.HardwareHash < 0)
            return new UploadProblem(fileName, line, $"no column for the hardware hash; found: {names}. Add a 'Hardware Hash' column.");

        columns = found;
        return null;
    }

    private static HardwareHashRow ToRow(string[] record, CsvColumns columns, string fileName, int line)
    {
        string? Field(int index) =>
            index >= 0 && index < record.Length && !string.IsNullOrWhiteSpace(record[index]) ? record[index].Trim() : null;

        return new HardwareHashRow(fileName, line, Field(columns.SerialNumber), Field(columns.Manufacturer),
            Field(columns.Model), Field(columns.ProductId), Field(columns.HardwareHash), Field(columns.GroupTag),
            Field(columns.AssignedUser));
    }

    // RawRow is the line a record ends on; a quoted field may span lines, and the admin wants the line it starts on.
    private static int StartLine(CsvParser parser, string[] record)
    {
        if (!record.Any(f => f.Contains('\n', StringComparison.Ordinal))) return parser.RawRow;
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }

    private static string Shorten(string field) => field.Length <= 40 ? field : string.Concat(field.AsSpan(0, 37), "...");
}
