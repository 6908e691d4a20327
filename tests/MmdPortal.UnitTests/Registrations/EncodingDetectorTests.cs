using System.Text;
using MmdPortal.Web.Registrations.Csv;

namespace MmdPortal.UnitTests.Registrations;

public sealed class EncodingDetectorTests
{
    [Theory]
    [InlineData("EFBBBF41", "UTF-8 with BOM")]
    [InlineData("FFFE4100", "UTF-16 LE with BOM")]
    [InlineData("FEFF0041", "UTF-16 BE with BOM")]
    [InlineData("FFFE000041000000", "UTF-32 LE with BOM")]
    [InlineData("0000FEFF00000041", "UTF-32 BE with BOM")]
    [InlineData("41002C0042000D000A00", "UTF-16 LE")]
    [InlineData("0041002C0042000D000A", "UTF-16 BE")]
    [InlineData("412C420D0A", "UTF-8")]
    [InlineData("", "UTF-8")]
    [InlineData("6A6F73C3A9", "UTF-8")]
    [InlineData("6A6F73E9", "Windows-1252")]
    public void Detect_WholeFile_NamesItsEncoding(string hex, string expected) =>
        Assert.Equal(expected, EncodingDetector.Detect(Convert.FromHexString(hex), isWhole: true).Name);

    [Fact]
    public void Detect_PrefixCutInsideAMultiByteCharacter_IsStillUtf8()
    {
        var cut = Encoding.UTF8.GetBytes("Device Serial Number,é")[..^1];

        Assert.Equal("UTF-8", EncodingDetector.Detect(cut, isWhole: false).Name);
        Assert.Equal("Windows-1252", EncodingDetector.Detect(cut, isWhole: true).Name);
    }

    [Fact]
    public void Detect_BinaryWithScatteredZeros_IsNotTakenForUtf16()
    {
        var bytes = Enumerable.Range(0, 2048).Select(i => (byte)(i % 3 == 0 ? 0 : i)).ToArray();

        Assert.DoesNotContain("UTF-16", EncodingDetector.Detect(bytes, isWhole: true).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Windows1252_DecodesAccentsAndTheEuroSign()
    {
        var detected = EncodingDetector.Detect([0x6A, 0x6F, 0x73, 0xE9, 0x80], isWhole: true);

        Assert.Equal("josé€", detected.Encoding.GetString([0x6A, 0x6F, 0x73, 0xE9, 0x80]));
    }
}
