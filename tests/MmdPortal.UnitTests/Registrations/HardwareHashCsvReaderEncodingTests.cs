using System.Text;
using static MmdPortal.UnitTests.Registrations.CsvCorpus;

namespace MmdPortal.UnitTests.Registrations;

public sealed class HardwareHashCsvReaderEncodingTests
{
    [Theory]
    [InlineData("encoding-utf8.csv")]
    [InlineData("encoding-utf8-bom.csv")]
    [InlineData("encoding-utf16le-bom.csv")]
    [InlineData("encoding-utf16be-bom.csv")]
    [InlineData("encoding-utf16le.csv")]
    [InlineData("encoding-utf16be.csv")]
    [InlineData("encoding-utf32le-bom.csv")]
    [InlineData("encoding-windows1252.csv")]
    public async Task ReadAsync_IntuneFormInEveryEncoding_ReadsTheSameRows(string file)
    {
        var rows = (await ReadAsync(file)).Rows();

        Assert.Equal(
        [
            Samples[0].Row(file, 2, groupTag: "Ventes", assignedUser: "josé.garcía@contoso.com"),
            Samples[1].Row(file, 3, productId: "00330-80111-12345-AA404"),
            Samples[2].Row(file, 4, groupTag: "Général"),
        ], rows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ReadAsync_Utf16ArrivingInOddSizedPieces_ReadsEveryRow(int bytesPerRead)
    {
        var rows = (await ReadAsync("encoding-utf16le-bom.csv", bytesPerRead)).Rows();

        Assert.Equal([Samples[0].Serial, Samples[1].Serial, Samples[2].Serial], rows.Select(r => r.SerialNumber));
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8AfterThePrefix_KeepsReadingWithReplacementCharacters()
    {
        // The prefix (64 KB) is valid UTF-8, so 0xE9 further on cannot switch the file to Windows-1252.
        var lines = new List<string> { AutopilotHeader + ",Assigned User" };
        lines.AddRange(Enumerable.Repeat($"{Samples[0].Serial},,{Samples[0].Hash},", 20));
        var bytes = new UTF8Encoding(false).GetBytes(string.Join("\r\n", lines) + "\r\n")
            .Concat(Encoding.Latin1.GetBytes($"{Samples[1].Serial},,{Samples[1].Hash},josé@contoso.com\r\n")).ToArray();

        var rows = (await ReadAsync(new TrickleStream(new MemoryStream(bytes), 1000), "late-1252.csv")).Rows();

        Assert.Equal(21, rows.Count);
        Assert.Equal("jos\uFFFD@contoso.com", rows[^1].AssignedUser);
        Assert.Equal(Samples[1].Hash, rows[^1].HardwareHash);
    }

    [Fact]
    public async Task ReadAsync_NoBomUtf16WithNonAsciiUser_ReadsItAsUtf16()
    {
        var csv = $"{AutopilotHeader},Assigned User\r\n{Samples[3].Serial},,{Samples[3].Hash},Łukasz.Żółć@contoso.pl\r\n";

        var rows = (await ReadAsync(csv, "utf16.csv", new UnicodeEncoding(bigEndian: false, byteOrderMark: false))).Rows();

        Assert.Equal(Samples[3].Row("utf16.csv", 2, assignedUser: "Łukasz.Żółć@contoso.pl"), Assert.Single(rows));
    }
}
