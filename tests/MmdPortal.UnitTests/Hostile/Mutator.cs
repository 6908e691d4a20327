using System.IO.Compression;
using System.Text;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>Turns a real file into a hostile one with a seeded <see cref="Random"/>: the same seed always gives the
/// same cases. Each case applies one to three mutations and names them, so that a failure can be replayed.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), "\"\""u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(), [0], ","u8.ToArray(),
        ";"u8.ToArray(), "\t"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0x1A],
        "\",\""u8.ToArray(), "\"\n\""u8.ToArray(), [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
        "=HYPERLINK(\"http://x\")"u8.ToArray(), "<script>alert(1)</script>"u8.ToArray(), "' OR 1=1 --"u8.ToArray(),
        "Hardware Hash"u8.ToArray(), "Device Serial Number,Windows Product ID,Hardware Hash\r\n"u8.ToArray(),
        "T0FXAAEAHAAAAAoA"u8.ToArray(), "PK\u0003\u0004"u8.ToArray(), "%PDF-"u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public (byte[] Bytes, string Description) Mutate(byte[] original)
    {
        var bytes = original;
        var steps = new List<string>();
        var count = 1 + _random.Next(3);
        // A few megabytes at most, so that thousands of cases stay fast; the endless line has tests of its own.
        for (var i = 0; i < count && bytes.Length < 4_000_000; i++)
        {
            var (mutated, step) = Once(bytes);
            bytes = mutated;
            steps.Add(step);
        }

        return (bytes, string.Join(" + ", steps));
    }

    private (byte[], string) Once(byte[] b) => _random.Next(16) switch
    {
        0 => FlipBytes(b),
        1 => Truncate(b),
        2 or 3 => InsertToken(b),
        4 => InsertRun(b, "\"", 1 + _random.Next(5000)),
        5 => InsertRun(b, ",", 1 + _random.Next(200_000)),
        6 => InsertRun(b, "A", 1 + _random.Next(300_000)),
        7 => RepeatField(b),
        8 => Reencode(b),
        9 => DeleteRange(b),
        10 => DuplicateRange(b),
        11 => Compress(b),
        12 => RandomBytes(b),
        13 => InsertRun(b, "\n", 1 + _random.Next(100_000)),
        14 => InsertRun(b, "\r\n\"", 1 + _random.Next(20_000)),
        _ => ReplaceByte(b),
    };

    private (byte[], string) FlipBytes(byte[] b)
    {
        if (b.Length == 0) return (b, "flip(empty)");
        var copy = (byte[])b.Clone();
        var flips = 1 + _random.Next(16);
        for (var i = 0; i < flips; i++) copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return (copy, $"flip {flips} bits");
    }

    private (byte[], string) ReplaceByte(byte[] b)
    {
        if (b.Length == 0) return (b, "replace(empty)");
        var copy = (byte[])b.Clone();
        var at = _random.Next(copy.Length);
        copy[at] = (byte)_random.Next(256);
        return (copy, $"byte {at} = 0x{copy[at]:X2}");
    }

    private (byte[], string) Truncate(byte[] b)
    {
        var at = b.Length == 0 ? 0 : _random.Next(b.Length);
        return (b[..at], $"truncate at {at}");
    }

    private (byte[], string) InsertToken(byte[] b)
    {
        var token = Tokens[_random.Next(Tokens.Length)];
        var at = _random.Next(b.Length + 1);
        return ([.. b.AsSpan(0, at), .. token, .. b.AsSpan(at)], $"insert {Show(token)} at {at}");
    }

    private (byte[], string) InsertRun(byte[] b, string unit, int times)
    {
        var run = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(unit, times)));
        var at = _random.Next(b.Length + 1);
        return ([.. b.AsSpan(0, at), .. run, .. b.AsSpan(at)], $"insert {times} x {Show(Encoding.ASCII.GetBytes(unit))} at {at}");
    }

    // Many columns: a field of a line (a header name, a hash, a serial) repeated thousands of times on that line.
    private (byte[], string) RepeatField(byte[] b)
    {
        var text = Encoding.Latin1.GetString(b);
        var lines = text.Split('\n');
        var line = _random.Next(lines.Length);
        var fields = lines[line].TrimEnd('\r').Split(',');
        var field = fields[_random.Next(fields.Length)];
        // At most ~3 MB of repeats: many columns, not many megabytes (the endless line has tests of its own).
        var times = 1 + _random.Next(Math.Max(1, Math.Min(300_000, 3_000_000 / (field.Length + 1))));
        lines[line] = string.Join(',', Enumerable.Repeat(field, times)) + "," + lines[line];
        return (Encoding.Latin1.GetBytes(string.Join('\n', lines)), $"repeat field '{Shorten(field)}' {times} x on line {line + 1}");
    }

    private (byte[], string) Reencode(byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        Encoding encoding = _random.Next(5) switch
        {
            0 => new UnicodeEncoding(false, true),
            1 => new UnicodeEncoding(true, true),
            2 => new UnicodeEncoding(false, false),
            3 => new UTF32Encoding(false, true),
            _ => new UnicodeEncoding(true, false),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        // An odd cut leaves half a code unit at the end, as a copy that stopped short does.
        if (_random.Next(3) == 0 && bytes.Length > 1) bytes = bytes[..(bytes.Length - 1)];
        return (bytes, $"re-encode as {encoding.WebName}{(encoding.GetPreamble().Length > 0 ? " with BOM" : "")}");
    }

    private (byte[], string) DeleteRange(byte[] b)
    {
        if (b.Length == 0) return (b, "delete(empty)");
        var at = _random.Next(b.Length);
        var length = 1 + _random.Next(Math.Min(5000, b.Length - at));
        return ([.. b.AsSpan(0, at), .. b.AsSpan(at + length)], $"delete {length} at {at}");
    }

    private (byte[], string) DuplicateRange(byte[] b)
    {
        if (b.Length == 0) return (b, "duplicate(empty)");
        var at = _random.Next(b.Length);
        var length = 1 + _random.Next(Math.Min(20_000, b.Length - at));
        var times = 1 + _random.Next(Math.Max(1, Math.Min(50, 2_000_000 / length)));
        var result = new List<byte>(b.Length + (length * times));
        result.AddRange(b.AsSpan(0, at + length));
        for (var i = 0; i < times; i++) result.AddRange(b.AsSpan(at, length));
        result.AddRange(b.AsSpan(at + length));
        return (result.ToArray(), $"duplicate {length} at {at} {times} x");
    }

    // A zip bomb disguised as CSV: the bytes of a gzip, deflate or zip file under a .csv name.
    private (byte[], string) Compress(byte[] b)
    {
        using var output = new MemoryStream();
        var kind = _random.Next(3);
        if (kind == 2)
        {
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = zip.CreateEntry("devices.csv").Open();
                entry.Write(b);
            }
        }
        else
        {
            using Stream compressor = kind == 0
                ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)
                : new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true);
            compressor.Write(b);
        }

        return (output.ToArray(), kind switch { 0 => "gzip", 1 => "deflate", _ => "zip" });
    }

    private (byte[], string) RandomBytes(byte[] b)
    {
        var noise = new byte[1 + _random.Next(4096)];
        _random.NextBytes(noise);
        var at = _random.Next(b.Length + 1);
        return ([.. b.AsSpan(0, at), .. noise, .. b.AsSpan(at)], $"insert {noise.Length} random bytes at {at}");
    }

    private static string Show(byte[] token) =>
        string.Concat(token.Take(24).Select(c => c is >= 0x20 and < 0x7F ? ((char)c).ToString() : $"\\x{c:X2}"));

    private static string Shorten(string field) => field.Length <= 20 ? field : field[..17] + "...";
}
