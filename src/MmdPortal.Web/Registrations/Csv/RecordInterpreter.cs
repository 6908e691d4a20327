using MmdPortal.Web.Localization;
namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Follows one file record by record: title lines, then a header (or rows that carry their own labels),
/// then device rows; and says when the file cannot be used.</summary>
internal sealed class RecordInterpreter(string fileName)
{
    /// <summary>Non-empty lines searched for a header: report exports put a few title lines first.</summary>
    public const int MaxTitleLines = 20;

    private CsvColumns? _columns;
    private CsvColumns? _labelled;
    private int _labels;
    private string[]? _header;
    private int _headerLine;
    private string[]? _firstTitle;
    private int _firstTitleLine;
    private int _titles;
    private StoredText? _warning;
    private int _rows;

    /// <summary>Adds what <paramref name="record"/> yields to <paramref name="results"/>: nothing, rows, or a
    /// problem after which the file is not read further.</summary>
    public void Interpret(string[] record, int line, List<CsvReadResult> results)
    {
        if (Array.Exists(record, f => f.Contains('\0', StringComparison.Ordinal)))
        {
            results.Add(Refuse(CsvProblems.NulCharacter(fileName, line)));
            return;
        }

        // Excel leaves rows of bare commas where rows were cleared.
        if (Array.TrueForAll(record, string.IsNullOrWhiteSpace)) return;
        if (_columns is null) BeforeHeader(record, line, results);
        else if (ColumnNames.IsKnown(record[0])) AmongRows(record, line, results);
        else Row(record, _columns, line, results);
    }

    /// <summary>Adds the problem of a file that ended without device rows, if it did.</summary>
    public void Finish(List<CsvReadResult> results)
    {
        if (_columns is null)
        {
            results.Add(Refuse(_firstTitle is null
                ? CsvProblems.Empty(fileName)
                : CsvProblems.NoHeader(fileName, _firstTitleLine, _firstTitle, null)));
        }
        else if (_rows == 0)
        {
            results.Add(Refuse(CsvProblems.HeaderOnly(fileName)));
        }
    }

    private void BeforeHeader(string[] record, int line, List<CsvReadResult> results)
    {
        var recognised = HeaderRecognition.Classify(record);
        switch (recognised.Shape)
        {
            case RecordShape.LabelledRow:
                Labelled(recognised);
                Row(record, recognised.Columns!, line, results);
                return;
            case RecordShape.Header when recognised.Columns!.HardwareHash < 0:
                results.Add(Refuse(CsvProblems.NoHashColumn(fileName, line, record, recognised.Columns)));
                return;
            case RecordShape.Header:
                _columns = recognised.Columns;
                (_header, _headerLine) = (record, line);
                _warning = CsvProblems.IgnoredColumns(fileName, recognised.Ignored, line);
                return;
        }

        if (Array.Exists(record, HeaderRecognition.LooksLikeHash))
        {
            results.Add(Refuse(CsvProblems.RowBeforeHeader(fileName, line, _firstTitle, _firstTitle is null ? null : _firstTitleLine)));
            return;
        }

        if (_firstTitle is null) (_firstTitle, _firstTitleLine) = (record, line);
        if (++_titles == MaxTitleLines) results.Add(Refuse(CsvProblems.NoHeader(fileName, _firstTitleLine, _firstTitle, _titles)));
    }

    private void AmongRows(string[] record, int line, List<CsvReadResult> results)
    {
        var recognised = HeaderRecognition.Classify(record);
        if (recognised.Shape == RecordShape.LabelledRow)
        {
            // What looked like a header with unknown columns was the first report row, its hash empty.
            if (_labelled is null && _rows == 0 && _header is not null && _header.Length == record.Length
                && HeaderRecognition.LabelledColumns(_header, recognised.Labels) == recognised.Columns)
            {
                _warning = null;
                Row(_header, recognised.Columns!, _headerLine, results);
            }

            Labelled(recognised);
            Row(record, recognised.Columns!, line, results);
        }
        else if (_labelled is not null && HeaderRecognition.LabelledColumns(record, _labels) == _labelled)
        {
            Row(record, _labelled, line, results);
        }
        else if (recognised.Shape == RecordShape.Header && recognised.Columns!.HardwareHash >= 0)
        {
            // Files joined with `type *.csv` or `Get-Content | Add-Content` repeat their headers.
            (_columns, _labelled) = (recognised.Columns, null);
            _warning ??= CsvProblems.IgnoredColumns(fileName, recognised.Ignored, line);
        }
        else
        {
            Row(record, _columns!, line, results);
        }
    }

    private void Labelled(RecognisedRecord recognised) =>
        (_columns, _labelled, _labels) = (recognised.Columns, recognised.Columns, recognised.Labels);

    private void Row(string[] record, CsvColumns columns, int line, List<CsvReadResult> results)
    {
        string? Field(int index) =>
            index >= 0 && index < record.Length && !string.IsNullOrWhiteSpace(record[index]) ? record[index].Trim() : null;

        _rows++;
        _header = null;
        var row = new HardwareHashRow(fileName, line, Field(columns.SerialNumber), Field(columns.Manufacturer),
            Field(columns.Model), Field(columns.ProductId), Field(columns.HardwareHash), Field(columns.GroupTag),
            Field(columns.AssignedUser));
        results.Add(new CsvReadResult(row, null, _warning));
        _warning = null;
    }

    private static CsvReadResult Refuse(UploadProblem problem) => new(null, problem);
}
