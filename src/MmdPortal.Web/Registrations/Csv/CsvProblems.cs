using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Why a file cannot be used, in words an admin acts on, in the request's language. Messages name what was
/// found so that the admin can find it in the file; the file name and values are untrusted and encoded wherever
/// they are shown. Column names in the messages stay English: they are what the file must hold.</summary>
internal static class CsvProblems
{
    private const string ExampleHeader = "'Device Serial Number,Windows Product ID,Hardware Hash'";

    public static UploadProblem Empty(string file) => new(file, null, PortalText.Get(
        "the file is empty. Export the hardware hashes again (Get-WindowsAutoPilotInfo -OutputFile) and upload that file."));

    public static UploadProblem HeaderOnly(string file) => new(file, null,
        PortalText.Get("the file has a header but no device rows below it."));

    public static UploadProblem NotCsv(string file, string description) => new(file, null, description);

    public static UploadProblem NotText(string file) => new(file, null, PortalText.Get(
        "this is not a text file. Upload the CSV written by Get-WindowsAutoPilotInfo or your OEM."));

    public static UploadProblem NulCharacter(string file, int line) => new(file, line, PortalText.Get(
        "the line holds a NUL character, which a CSV never does: this is not a text file, or it is damaged. Upload the CSV written by Get-WindowsAutoPilotInfo or your OEM."));

    public static UploadProblem FieldTooLong(string file, int line, int maxLength) => new(file, line, PortalText.Format(
        "a field is longer than {0:N0} characters; a hardware hash is about {1:N0}. Check that this is a hardware-hash CSV.",
        maxLength, 4000));

    public static UploadProblem RecordTooLong(string file, int line, int maxLength) => new(file, line, PortalText.Format(
        "a line (or a row whose quotes span lines) is longer than {0:N0} characters; a device row is about {1:N0}. Check that this is a hardware-hash CSV, and that its quotes are closed.",
        maxLength, 4000));

    public static UploadProblem NoHeader(string file, int line, string[] firstLine, int? linesLookedAt) =>
        HeaderRecognition.OtherDelimiter(firstLine) is { } delimiter
            ? OtherDelimiter(file, line, delimiter)
            : new(file, line, linesLookedAt is { } n
                ? PortalText.Format("no recognisable header in the first {0} lines. The header names the columns, e.g. {1}; found: {2}.",
                    n, ExampleHeader, Names(firstLine))
                : PortalText.Format("no recognisable header in the file. The header names the columns, e.g. {0}; found: {1}.",
                    ExampleHeader, Names(firstLine)));

    public static UploadProblem RowBeforeHeader(string file, int line, string[]? firstLine, int? firstLineNumber) =>
        firstLine is not null && HeaderRecognition.OtherDelimiter(firstLine) is { } delimiter
            ? OtherDelimiter(file, firstLineNumber!.Value, delimiter)
            : new(file, line, PortalText.Format(
                "this line holds a hardware hash, but no line above it names the columns. Add a header such as {0} (in the order of your columns) as the first line.",
                ExampleHeader));

    public static UploadProblem NoHashColumn(string file, int line, string[] header, CsvColumns columns) =>
        columns.IsPartnerList
            ? new(file, line, PortalText.Get(
                "this is a partner registration file (Manufacturer, Model, Serial Number without hardware hashes), which partners submit through their own process. To register devices yourself, upload their hardware hashes: run Get-WindowsAutoPilotInfo on each device, or ask your OEM for the AutoPilot registration file."))
            : new(file, line, PortalText.Format("no column for the hardware hash; found: {0}. Add a 'Hardware Hash' column.", Names(header)));

    /// <summary>A per-file warning, not a problem: the rows are read all the same.</summary>
    /// <remarks>A key and values, not words: the warning is stored with the request, which every admin of the
    /// organisation reads, each in their own language.</remarks>
    public static StoredText? IgnoredColumns(string file, IReadOnlyList<string> ignored, int line) => ignored.Count == 0
        ? null
        : StoredText.Of(PortalText.Key("{0}, line {1}: columns ignored, as the portal does not use them: {2}."),
            file, line, Names(ignored));

    private static UploadProblem OtherDelimiter(string file, int line, char delimiter) => new(file, line, delimiter == '\t'
        ? PortalText.Get("the columns are separated by tabs, not commas. Save the file as CSV (comma delimited), or export it again without -Delimiter or -UseCulture.")
        : PortalText.Format("the columns are separated by '{0}', not commas. Save the file as CSV (comma delimited), or export it again without -Delimiter or -UseCulture.", delimiter));

    private static string Names(IEnumerable<string> fields) => string.Join(", ", fields.Select(f => $"'{Shorten(f)}'"));

    private static string Shorten(string field) => field.Length <= 40 ? field : string.Concat(field.AsSpan(0, 37), "...");
}
