using System.Text;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>How a file's bytes become text.</summary>
/// <param name="Encoding">Decodes the file; invalid bytes become U+FFFD rather than throwing.</param>
/// <param name="PreambleLength">Bytes of byte order mark to skip.</param>
/// <param name="UnitSize">Bytes per code unit: 1, 2 or 4.</param>
/// <param name="BigEndian">Byte order of multi-byte code units.</param>
/// <param name="Name">For logs and tests, e.g. "UTF-16 LE with BOM".</param>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, int UnitSize, bool BigEndian, string Name)
{
    /// <summary>Reads the code unit at <paramref name="index"/> (in units, after the preamble).</summary>
    public int UnitAt(ReadOnlySpan<byte> bytes, int index)
    {
        var at = PreambleLength + (index * UnitSize);
        return (UnitSize, BigEndian) switch
        {
            (1, _) => bytes[at],
            (2, false) => bytes[at] | (bytes[at + 1] << 8),
            (2, true) => (bytes[at] << 8) | bytes[at + 1],
            (_, false) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24),
            (_, true) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3],
        };
    }

    /// <summary>Whole code units in <paramref name="bytes"/> after the preamble.</summary>
    public int UnitCount(ReadOnlySpan<byte> bytes) => Math.Max(0, bytes.Length - PreambleLength) / UnitSize;
}
