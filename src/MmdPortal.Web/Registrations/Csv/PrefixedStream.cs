using System.Buffers;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Reads the first bytes of a forward-only stream ahead, so that they can be inspected, then replays
/// them before the rest of the stream. Only the prefix is ever held in memory.</summary>
/// <remarks>Upload streams (multipart sections) cannot seek, so the bytes looked at to recognise the encoding
/// must be handed back to the text reader rather than re-read. The inner stream stays open: its owner closes it.</remarks>
internal sealed class PrefixedStream : Stream
{
    private readonly Stream _inner;
    private readonly int _length;
    private byte[]? _buffer;
    private int _position;

    private PrefixedStream(Stream inner, byte[] buffer, int length, bool isWhole)
    {
        _inner = inner;
        _buffer = buffer;
        _length = length;
        IsWhole = isWhole;
    }

    /// <summary>The bytes read ahead; valid until the first read.</summary>
    public ReadOnlySpan<byte> Prefix => _buffer.AsSpan(0, _length);

    /// <summary>True when the prefix is the whole stream.</summary>
    public bool IsWhole { get; }

    public static async Task<PrefixedStream> PeekAsync(Stream inner, int length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = await inner.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, cancellationToken);
            return new PrefixedStream(inner, buffer, read, read < length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Drops the first bytes of the prefix, such as a byte order mark.</summary>
    public void Skip(int count) => _position = Math.Min(_length, _position + count);

    public override int Read(Span<byte> buffer)
    {
        if (PrefixConsumed()) return _inner.Read(buffer);
        return FromPrefix(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (PrefixConsumed()) return _inner.ReadAsync(buffer, cancellationToken);
        return ValueTask.FromResult(FromPrefix(buffer.Span));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private bool PrefixConsumed()
    {
        if (_buffer is not null && _position == _length) ReleaseBuffer();
        return _buffer is null;
    }

    private int FromPrefix(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, count).CopyTo(destination);
        _position += count;
        return count;
    }

    private void ReleaseBuffer()
    {
        if (_buffer is null) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }

    protected override void Dispose(bool disposing)
    {
        ReleaseBuffer();
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
