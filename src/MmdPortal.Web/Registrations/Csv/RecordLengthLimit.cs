namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Hands text to the CSV parser and throws <see cref="RecordTooLongException"/> once more than a budget of
/// characters has been read since the last <see cref="NextRecord"/>.</summary>
/// <remarks>The parser bounds each field (MaxFieldSize) but not a record: it buffers a whole record, so one line
/// of a million commas, or a 1 GB file without a line end, would be held in memory as one record of a million
/// fields. The parser reads ahead at most one buffer, so the budget is a record plus that buffer.</remarks>
internal sealed class RecordLengthLimit(TextReader inner, int maxRecordLength, int parserBufferSize) : TextReader
{
    private readonly long _budget = (long)maxRecordLength + parserBufferSize;
    private long _read;

    /// <summary>The longest record, in characters, that is read.</summary>
    public int MaxRecordLength => maxRecordLength;

    /// <summary>Called once the parser has returned a record: what it read ahead counts towards the next one.</summary>
    public void NextRecord() => _read = 0;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Count(1);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    public override async Task<int> ReadAsync(char[] buffer, int index, int count) =>
        Count(await inner.ReadAsync(buffer, index, count).ConfigureAwait(false));

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Count(int read)
    {
        _read += read;
        if (_read > _budget) throw new RecordTooLongException();
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A record of a CSV is longer than its reader takes.</summary>
internal sealed class RecordTooLongException : Exception
{
    public RecordTooLongException() : base("A CSV record is longer than the reader takes.")
    {
    }

    public RecordTooLongException(string message) : base(message)
    {
    }

    public RecordTooLongException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
