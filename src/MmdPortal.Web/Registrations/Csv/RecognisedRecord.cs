namespace MmdPortal.Web.Registrations.Csv;

/// <summary>A record recognised as a header or labelled row, with the columns it names.</summary>
/// <param name="Shape">What the record is.</param>
/// <param name="Columns">For a header or labelled row, where the values of the rows sit.</param>
/// <param name="Labels">For a labelled row, how many labels come before the values.</param>
/// <param name="Ignored">A header's names that the portal does not read.</param>
internal sealed record RecognisedRecord(RecordShape Shape, CsvColumns? Columns, int Labels, IReadOnlyList<string> Ignored)
{
    public static readonly RecognisedRecord Values = new(RecordShape.Values, null, 0, []);
}
