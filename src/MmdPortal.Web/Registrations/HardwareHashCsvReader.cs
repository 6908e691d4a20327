using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using MmdPortal.Web.Registrations.Csv;

namespace MmdPortal.Web.Registrations;

/// <summary>Streams the data rows of one hardware-hash CSV, whatever its encoding and form, or says why the file
/// cannot be used. Memory stays flat: one prefix, one parser buffer and the current record.</summary>
/// <remarks>CsvHelper 33's parser gives field-level access, which header recognition needs; 34's API binds
/// source-generated record types to fixed headers instead.</remarks>
public sealed class HardwareHashCsvReader
{
    // A real hash is about 4,000 characters; anything far larger is not a hardware-hash CSV and must not be buffered.
    internal const int MaxFieldLength = 64 * 1024;

    // A record of the seven columns at their longest is under 500,000 characters; the parser buffers a whole record.
    internal const int MaxRecordLength = 1024 * 1024;

    // The encoding and file type are recognised from this many bytes; they are then replayed to the parser.
    internal const int PrefixLength = 64 * 1024;

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        MissingFieldFound = null,
        // Stray quotes inside an unquoted field keep their text; a damaged hash then fails its own check with a reason.
        BadDataFound = null,
        MaxFieldSize = MaxFieldLength,
        TrimOptions = TrimOptions.Trim,
        BufferSize = 16 * 1024,
    };

    public async IAsyncEnumerable<CsvReadResult> ReadAsync(
        Stream content, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var input = await PrefixedStream.PeekAsync(content, PrefixLength, cancellationToken);
        var (encoding, refusal) = Inspect(input, fileName);
        if (refusal is not null)
        {
            yield return new CsvReadResult(null, refusal);
            yield break;
        }

        input.Skip(encoding!.PreambleLength);
        using var text = new StreamReader(input, encoding.Encoding, detectEncodingFromByteOrderMarks: false, 16 * 1024, leaveOpen: true);
        using var limited = new RecordLengthLimit(text, MaxRecordLength, Configuration.BufferSize);
        using var parser = new CsvParser(limited, Configuration);
        var interpreter = new RecordInterpreter(fileName);
        var results = new List<CsvReadResult>(2);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            UploadProblem? tooLong = null;
            try
            {
                more = await parser.ReadAsync();
            }
            catch (MaxFieldSizeException)
            {
                more = false;
                tooLong = CsvProblems.FieldTooLong(fileName, parser.RawRow, MaxFieldLength);
            }
            catch (RecordTooLongException)
            {
                more = false;
                tooLong = CsvProblems.RecordTooLong(fileName, parser.RawRow, MaxRecordLength);
            }

            limited.NextRecord();

            if (tooLong is not null) results.Add(new CsvReadResult(null, tooLong));
            else if (more)
            {
                var record = parser.Record ?? [];
                interpreter.Interpret(record, StartLine(parser, record), results);
            }
            else interpreter.Finish(results);

            foreach (var result in results)
            {
                yield return result;
                if (result.Problem is not null) yield break;
            }

            if (!more) yield break;
            results.Clear();
        }
    }

    private static (DetectedEncoding? Encoding, UploadProblem? Refusal) Inspect(PrefixedStream input, string fileName)
    {
        var prefix = input.Prefix;
        if (FileSignatures.Describe(prefix) is { } notCsv) return (null, CsvProblems.NotCsv(fileName, notCsv));
        var encoding = EncodingDetector.Detect(prefix, input.IsWhole);
        if (BinaryContent.IsBinary(prefix, encoding, out var nulLine)) return (null, CsvProblems.NotText(fileName));
        return nulLine is { } line ? (null, CsvProblems.NulCharacter(fileName, line)) : (encoding, null);
    }

    // RawRow is the line a record ends on; a quoted field may span lines, and the admin wants the line it starts on.
    private static int StartLine(CsvParser parser, string[] record)
    {
        if (!Array.Exists(record, f => f.Contains('\n', StringComparison.Ordinal))) return parser.RawRow;
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }
}
