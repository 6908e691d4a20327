namespace MmdPortal.UnitTests.Registrations;

/// <summary>A forward-only stream that hands out a few bytes per read, as a multipart section does: the reader
/// must not seek, and must not assume that one read fills its buffer.</summary>
internal sealed class TrickleStream(Stream inner, int maxBytesPerRead) : ForwardOnlyStream
{
    public override int Read(Span<byte> buffer) => inner.Read(buffer[..Math.Min(buffer.Length, maxBytesPerRead)]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, maxBytesPerRead)], cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
