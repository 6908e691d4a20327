namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Recognises binary data, and text with NUL characters, in the prefix of a file.</summary>
/// <remarks>This runs after the encoding is known: UTF-16 and UTF-32 text is full of zero bytes, but never of
/// zero code units.</remarks>
internal static class BinaryContent
{
    /// <summary>Looks at every code unit of the prefix.</summary>
    /// <param name="prefix">The file's first bytes, byte order mark included.</param>
    /// <param name="encoding">How they decode.</param>
    /// <param name="firstNulLine">The line of the first NUL, when text holds one.</param>
    /// <returns>True when the prefix is not text at all: more than one in a hundred code units are NULs or control
    /// characters other than tab, line ends, form feed and Ctrl+Z (which old DOS tools append).</returns>
    public static bool IsBinary(ReadOnlySpan<byte> prefix, DetectedEncoding encoding, out int? firstNulLine)
    {
        firstNulLine = null;
        var units = encoding.UnitCount(prefix);
        int line = 1, controls = 0;
        for (var i = 0; i < units; i++)
        {
            var unit = encoding.UnitAt(prefix, i);
            if (unit == '\n') line++;
            else if (unit < 0x20 && unit is not ('\t' or '\r' or '\f' or 0x1A))
            {
                controls++;
                if (unit == 0) firstNulLine ??= line;
            }
        }

        return controls > 0 && controls * 100 > units;
    }
}
