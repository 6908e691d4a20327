using System.Text;

namespace MmdPortal.UnitTests.Registrations;

/// <summary>A CSV of any size, written line by line as it is read, so that a test can feed the reader far more
/// than it holds in memory.</summary>
/// <param name="lines">The lines, without line ends; only enumerated as the stream is read.</param>
/// <param name="encoding">Writes the lines, and its preamble first.</param>
internal sealed class GeneratedCsvStream(IEnumerable<string> lines, Encoding encoding) : Stream
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private byte[] _pending = encoding.GetPreamble();
    private int _offset;

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _pending.Length)
        {
            if (!_lines.MoveNext()) return 0;
            _pending = encoding.GetBytes(_lines.Current + "\r\n");
            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
