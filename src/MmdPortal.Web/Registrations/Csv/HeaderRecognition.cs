using System.Buffers;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Tells headers, labelled rows and values apart.</summary>
internal static class HeaderRecognition
{
    // A hash is thousands of base64 characters; no column name or title is that long without a space.
    private const int MinHashLength = 100;

    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    public static RecognisedRecord Classify(string[] record)
    {
        var names = new KnownColumn[record.Length];
        int recognised = 0, nonEmpty = 0, leading = -1;
        for (var i = 0; i < record.Length; i++)
        {
            names[i] = ColumnNames.Recognise(record[i]);
            if (names[i] != KnownColumn.None) recognised++;
            else if (leading < 0) leading = i;
            if (record[i].Length > 0) nonEmpty++;
        }

        if (leading < 0) leading = record.Length;
        if (LabelledColumns(record, leading) is { } labelled && LooksLikeHash(record[labelled.HardwareHash]))
            return new RecognisedRecord(RecordShape.LabelledRow, labelled, leading, []);

        var hasHash = names.Contains(KnownColumn.HardwareHash);
        if (!hasHash && recognised < 2 && (recognised == 0 || recognised < nonEmpty)) return RecognisedRecord.Values;
        return new RecognisedRecord(RecordShape.Header, CsvColumns.From(names, 0), 0, Ignored(record, names));
    }

    /// <summary>The columns of a row whose first <paramref name="labels"/> fields name a hash column and others,
    /// with as many values after them; null when the record is not shaped so.</summary>
    /// <remarks>The value under the hash label may be empty (a device whose hash was never inventoried), so
    /// <see cref="Classify"/> also wants it to look like a hash before it takes a first such row for data and
    /// not for a header with unknown columns; the reader re-checks a header against the labelled rows after it.</remarks>
    public static CsvColumns? LabelledColumns(string[] record, int labels)
    {
        if (labels < 2 || record.Length < 2 * labels || ColumnNames.IsKnown(record[labels])) return null;
        Span<KnownColumn> names = stackalloc KnownColumn[labels];
        for (var i = 0; i < labels; i++)
        {
            names[i] = ColumnNames.Recognise(record[i]);
            if (names[i] == KnownColumn.None) return null;
        }

        var columns = CsvColumns.From(names, labels);
        return columns.HardwareHash >= 0 ? columns : null;
    }

    public static bool LooksLikeHash(string field) =>
        field.Length >= MinHashLength && !field.AsSpan().ContainsAnyExcept(Base64);

    private static List<string> Ignored(string[] record, KnownColumn[] names)
    {
        var ignored = new List<string>();
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i].Length == 0) continue;
            // A second column of the same name is ignored too: the first one is read.
            if (names[i] == KnownColumn.None || Array.IndexOf(names, names[i]) < i) ignored.Add(record[i]);
        }

        return ignored;
    }

    /// <summary>A first line that would be a header if split at ';' or a tab, as Excel saves "CSV" in locales
    /// whose decimal separator is a comma.</summary>
    public static char? OtherDelimiter(string[] record)
    {
        if (record.Length != 1) return null;
        foreach (var delimiter in (ReadOnlySpan<char>)[';', '\t', '|'])
        {
            var fields = record[0].Split(delimiter, StringSplitOptions.TrimEntries);
            if (fields.Length > 1 && Classify(fields).Shape != RecordShape.Values) return delimiter;
        }

        return null;
    }
}
