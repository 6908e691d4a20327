using System.Text;

namespace MmdPortal.UnitTests.Registrations;

/// <summary>A CSV of any size, written line by line as it is read, so that a test can feed the reader far more
/// than it holds in memory.</summary>
/// <param name="lines">The lines, without line ends; only enumerated as the stream is read.</param>
/// <param name="encoding">Writes the lines, and its preamble first.</param>
internal sealed class GeneratedCsvStream(IEnumerable<string> lines, Encoding encoding) : ForwardOnlyStream
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
        base.Dispose(disposing);
    }
}
