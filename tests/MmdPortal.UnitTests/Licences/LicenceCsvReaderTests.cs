using System.Text;
using MmdPortal.Web.Licences;

namespace MmdPortal.UnitTests.Licences;

public sealed class LicenceCsvReaderTests
{
    private const string Names = "Adele.Vance@contoso.com\r\nmegan.bowen@contoso.com\r\njosé.garcía@contoso.com\r\n";

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-32le-bom", "windows-1252"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task ReadAsync_EveryEncodingOfTheDeviceReader_ReadsTheSameNames(string encoding)
    {
        var read = await ReadAsync(Encode("UserPrincipalName\r\n" + Names, encoding));

        Assert.Null(read.Problem);
        Assert.Equal(["adele.vance@contoso.com", "josé.garcía@contoso.com", "megan.bowen@contoso.com"],
            read.UserPrincipalNames!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("UserPrincipalName")]
    [InlineData("UPN")]
    [InlineData("User")]
    [InlineData("Email")]
    [InlineData("\"User Principal Name\"")]
    [InlineData("E-mail")]
    public async Task ReadAsync_HeaderForms_AreRecognised(string header)
    {
        var read = await ReadAsync(header + "\r\n" + Names);

        Assert.Null(read.Problem);
        Assert.Equal(3, read.UserPrincipalNames!.Count);
    }

    [Fact]
    public async Task ReadAsync_NoHeader_ReadsTheFirstLineAsAName()
    {
        var read = await ReadAsync(Names);

        Assert.Contains("adele.vance@contoso.com", read.UserPrincipalNames!);
        Assert.Equal(3, read.UserPrincipalNames!.Count);
    }

    [Theory]
    [InlineData("DisplayName,UserPrincipalName,Department\r\nAdele Vance,adele@contoso.com,Sales\r\n")]
    [InlineData("DisplayName;Email\r\nAdele Vance;adele@contoso.com\r\n")]
    public async Task ReadAsync_SeveralColumns_ReadsTheNamedOne(string csv)
    {
        var read = await ReadAsync(csv);

        Assert.Null(read.Problem);
        Assert.Equal(["adele@contoso.com"], read.UserPrincipalNames!);
    }

    [Theory]
    [InlineData("UPN\r\nadele@contoso.com\r\nAdele Vance\r\n", 3, "'Adele Vance'")]
    [InlineData("adele@contoso.com\r\n\r\nmegan@contoso.com\r\nmegan\r\n", 4, "'megan'")]
    [InlineData("UPN\r\na@contoso.com\r\nb@@contoso.com\r\n", 3, "'b@@contoso.com'")]
    [InlineData("UPN\r\n@contoso.com\r\n", 2, "'@contoso.com'")]
    [InlineData("UPN\r\nadele@\r\n", 2, "'adele@'")]
    public async Task ReadAsync_NameNotValid_RefusesNamingTheLineAndValue(string csv, int line, string value)
    {
        var read = await ReadAsync(csv);

        Assert.Null(read.UserPrincipalNames);
        Assert.Equal(line, read.Problem!.Line);
        Assert.Contains(value, read.Problem.Message);
        Assert.Contains("name@domain", read.Problem.Message);
    }

    [Fact]
    public async Task ReadAsync_NameLongerThan256_IsRefused()
    {
        var read = await ReadAsync($"UPN\r\nok@contoso.com\r\n{new string('a', 250)}@contoso.com\r\n");

        Assert.Equal(3, read.Problem!.Line);
        Assert.Contains("256", read.Problem.Message);
    }

    [Fact]
    public async Task ReadAsync_DuplicatesInTheFile_CountOnceWhateverTheirCase()
    {
        var read = await ReadAsync("UPN\r\nadele@contoso.com\r\n ADELE@Contoso.com \r\nadele@contoso.com\r\nmegan@contoso.com\r\n");

        Assert.Equal(["adele@contoso.com", "megan@contoso.com"], read.UserPrincipalNames!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("UserPrincipalName\r\n", "names no users")]
    [InlineData("Name,Department\r\nAdele,Sales\r\n", "no column of user principal names")]
    public async Task ReadAsync_NothingToLicense_SaysWhatToFix(string csv, string expected)
    {
        var read = await ReadAsync(csv);

        Assert.Contains(expected, read.Problem!.Message);
    }

    [Fact]
    public async Task ReadAsync_ExcelWorkbook_IsRefusedAsNotCsv()
    {
        var read = await ReadAsync(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]));

        Assert.Contains("Excel", read.Problem!.Message);
    }

    private static Task<LicenceCsvRead> ReadAsync(string csv) => ReadAsync(Encode(csv, "utf-8"));

    private static Task<LicenceCsvRead> ReadAsync(Stream stream) => new LicenceCsvReader().ReadAsync(stream, "users.csv");

    private static MemoryStream Encode(string text, string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-32le-bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => Encoding.Latin1.GetBytes(text),
        };
        return new MemoryStream(bytes);
    }
}
