using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MmdPortal.Web.Registrations;
using MmdPortal.Web.Registrations.Csv;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Licences;

/// <summary>Reads a CSV of user principal names, in any encoding the hardware-hash reader takes: a header that
/// names the column (UserPrincipalName, UPN, User or Email) or one name per line without a header.</summary>
/// <remarks>The file is streamed; only its distinct, normalised names are kept, so memory grows with the number
/// of users, never with the file. The first name that is not valid refuses the whole file, so that an admin fixes
/// the file rather than wonders which half was stored.</remarks>
public sealed class LicenceCsvReader
{
    /// <summary>More users than any organisation licenses in one go; bounds what one upload holds in memory.</summary>
    public const int MaxNames = 100_000;

    private const int MaxFieldLength = 4 * 1024;

    // A licence file's line is a name and perhaps a few columns around it; the parser buffers a whole record.
    private const int MaxRecordLength = 64 * 1024;

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        MissingFieldFound = null,
        BadDataFound = null,
        MaxFieldSize = MaxFieldLength,
        TrimOptions = TrimOptions.Trim,
        // Excel writes ';' in locales whose decimal separator is ','; a one-column file has no delimiter at all.
        DetectDelimiter = true,
    };

    public async Task<LicenceCsvRead> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        await using var input = await PrefixedStream.PeekAsync(content, HardwareHashCsvReader.PrefixLength, cancellationToken);
        if (FileSignatures.Describe(input.Prefix) is { } notCsv) return Refuse(fileName, null, notCsv);
        var encoding = EncodingDetector.Detect(input.Prefix, input.IsWhole);
        if (BinaryContent.IsBinary(input.Prefix, encoding, out var nulLine) || nulLine is not null)
            return Refuse(fileName, nulLine, PortalText.Get("this is not a text file. Upload a CSV with one user principal name per line."));

        input.Skip(encoding.PreambleLength);
        using var text = new StreamReader(input, encoding.Encoding, detectEncodingFromByteOrderMarks: false, 16 * 1024, leaveOpen: true);
        using var limited = new RecordLengthLimit(text, MaxRecordLength, Configuration.BufferSize);
        using var parser = new CsvParser(limited, Configuration);
        var names = new HashSet<string>(StringComparer.Ordinal);
        int? column = null;
        var lines = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!await parser.ReadAsync()) break;
            }
            catch (MaxFieldSizeException)
            {
                return Refuse(fileName, parser.RawRow, PortalText.Format("a field is longer than {0:N0} characters; a user principal name has at most {1}.", MaxFieldLength, UserPrincipalNames.MaxLength));
            }
            catch (RecordTooLongException)
            {
                return Refuse(fileName, parser.RawRow, PortalText.Format(
                    "a line (or a row whose quotes span lines) is longer than {0:N0} characters. Upload one user principal name per line, and check that the file's quotes are closed.", MaxRecordLength));
            }

            limited.NextRecord();

            var record = parser.Record ?? [];
            lines++;
            if (column is null)
            {
                var header = LicenceCsvHeader.Recognise(record);
                if (header.Problem is { } problem) return Refuse(fileName, parser.RawRow, problem);
                column = header.Column;
                if (header.IsHeader) continue;
            }

            var value = column < record.Length ? record[column.Value] : "";
            // A row without a name (Excel's trailing ",,,") says nothing; any other value must be a name.
            if (value.Length == 0) continue;
            if (UserPrincipalNames.Problem(value) is { } invalid) return Refuse(fileName, parser.RawRow, invalid);
            names.Add(UserPrincipalNames.Normalise(value));
            if (names.Count > MaxNames)
                return Refuse(fileName, parser.RawRow, PortalText.Format(
                    "the file names more than {0:N0} users. Split it into several files.", MaxNames));
        }

        if (lines == 0) return Refuse(fileName, null, PortalText.Get("the file is empty. Upload a CSV with one user principal name per line."));
        return names.Count == 0
            ? Refuse(fileName, null, PortalText.Get("the file names no users: add one user principal name per line below the header."))
            : new LicenceCsvRead(names, null);
    }

    private static LicenceCsvRead Refuse(string fileName, int? line, string message) =>
        new(null, new UploadProblem(fileName, line, message));
}

/// <summary>The distinct, normalised names of a file, or why it was refused.</summary>
public sealed record LicenceCsvRead(IReadOnlyCollection<string>? UserPrincipalNames, UploadProblem? Problem);
