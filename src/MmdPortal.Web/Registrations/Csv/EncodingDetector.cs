using System.Text;
using System.Text.Unicode;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Recognises the encoding of a hardware-hash CSV from its first bytes.</summary>
/// <remarks>
/// Rules, in order: a byte order mark (UTF-32 before UTF-16, whose mark is a prefix of UTF-32 LE's); then UTF-16
/// without a mark, recognised by ASCII text's NUL in every other byte; then UTF-8 if the prefix is valid UTF-8
/// (ASCII is); otherwise Windows-1252, what Windows PowerShell and Excel write as "ANSI" in Western locales.
/// Only the prefix is checked: invalid UTF-8 after it is decoded as U+FFFD, which shows up in the row's values
/// (and fails the hash check if it lands in a hash) rather than failing the upload.
/// </remarks>
internal static class EncodingDetector
{
    // Enough to see the NUL pattern of UTF-16 text while a binary file's zeros rarely look like it.
    private const int Utf16SampleBytes = 4096;

    private static readonly DetectedEncoding Utf8Bom = new(new UTF8Encoding(false, false), 3, 1, false, "UTF-8 with BOM");
    private static readonly DetectedEncoding Utf8NoBom = Utf8Bom with { PreambleLength = 0, Name = "UTF-8" };
    private static readonly DetectedEncoding Utf16LeBom = new(new UnicodeEncoding(false, false), 2, 2, false, "UTF-16 LE with BOM");
    private static readonly DetectedEncoding Utf16LeNoBom = Utf16LeBom with { PreambleLength = 0, Name = "UTF-16 LE" };
    private static readonly DetectedEncoding Utf16BeBom = new(new UnicodeEncoding(true, false), 2, 2, true, "UTF-16 BE with BOM");
    private static readonly DetectedEncoding Utf16BeNoBom = Utf16BeBom with { PreambleLength = 0, Name = "UTF-16 BE" };
    private static readonly DetectedEncoding Utf32LeBom = new(new UTF32Encoding(false, false), 4, 4, false, "UTF-32 LE with BOM");
    private static readonly DetectedEncoding Utf32BeBom = new(new UTF32Encoding(true, false), 4, 4, true, "UTF-32 BE with BOM");

    // The code-page provider ships with .NET but is not registered by default; asking it directly avoids changing
    // Encoding.GetEncoding for the whole process.
    private static readonly DetectedEncoding Windows1252 =
        new(CodePagesEncodingProvider.Instance.GetEncoding(1252)!, 0, 1, false, "Windows-1252");

    /// <param name="prefix">The first bytes of the file.</param>
    /// <param name="isWhole">True when <paramref name="prefix"/> is the whole file, so its end is no cut.</param>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> prefix, bool isWhole)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Utf32LeBom;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Utf32BeBom;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8Bom;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16LeBom;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16BeBom;
        if (Utf16ByNuls(prefix) is { } utf16) return utf16;
        return IsUtf8(prefix, isWhole) ? Utf8NoBom : Windows1252;
    }

    // A header is ASCII, so UTF-16 text has a zero high byte in nearly every code unit: odd bytes for LE, even for BE.
    // Most units must show the pattern and almost none the opposite one, which random binary data does not.
    private static DetectedEncoding? Utf16ByNuls(ReadOnlySpan<byte> prefix)
    {
        var sample = prefix[..Math.Min(prefix.Length, Utf16SampleBytes)];
        var units = sample.Length / 2;
        if (units < 2) return null;
        int little = 0, big = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] != 0 && sample[i + 1] == 0) little++;
            else if (sample[i] == 0 && sample[i + 1] != 0) big++;
        }

        if (little * 2 > units && big * 20 < units) return Utf16LeNoBom;
        if (big * 2 > units && little * 20 < units) return Utf16BeNoBom;
        return null;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> prefix, bool isWhole)
    {
        if (!isWhole) prefix = prefix[..LastCompleteSequenceEnd(prefix)];
        return Utf8.IsValid(prefix);
    }

    // The prefix may cut a multi-byte character: leave out its last sequence if it is not ASCII.
    private static int LastCompleteSequenceEnd(ReadOnlySpan<byte> prefix)
    {
        for (var at = prefix.Length - 1; at >= 0 && at >= prefix.Length - 4; at--)
        {
            if ((prefix[at] & 0xC0) == 0x80) continue;
            return prefix[at] < 0x80 ? prefix.Length : at;
        }

        return prefix.Length;
    }
}
