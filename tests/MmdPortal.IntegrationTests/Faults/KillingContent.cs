using System.Net;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A request body that runs <paramref name="kill"/> once <paramref name="killAt"/> of its bytes are on the
/// wire (at the end: once all of them are, while the portal finishes and commits), then goes on sending as a client
/// would, into a connection that is gone.</summary>
public sealed class KillingContent(byte[] body, long killAt, Func<Task> kill) : HttpContent
{
    private const int Chunk = 64 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += Chunk)
        {
            if (offset >= killAt) await KillOnceAsync();
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(Chunk, body.Length - offset)));
            await stream.FlushAsync();
        }

        if (killAt >= body.Length) await KillOnceAsync();
    }

    private bool _killed;

    private async Task KillOnceAsync()
    {
        if (_killed) return;
        _killed = true;
        await kill();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
