using MmdPortal.Web.Devices;

namespace MmdPortal.UnitTests.Devices;

public sealed class HardwareIdentityTests
{
    [Fact]
    public void SerialKey_IgnoresCaseSpacesAndPunctuation()
    {
        Assert.Equal(HardwareIdentity.SerialKey("Dell Inc.", "ab-12 34"), HardwareIdentity.SerialKey("DELL INC", "AB1234"));
    }

    [Fact]
    public void SerialKey_KeepsLeadingZeros()
    {
        Assert.NotEqual(HardwareIdentity.SerialKey("Microsoft Corporation", "016520771357"),
            HardwareIdentity.SerialKey("Microsoft Corporation", "16520771357"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void SerialKey_NoSerial_IsNoIdentity(string? serial) => Assert.Null(HardwareIdentity.SerialKey("HP", serial));

    [Fact]
    public void HashKey_IsTheSha256OfTheTrimmedText()
    {
        Assert.Equal(HardwareIdentity.HashKey("T0EeBAEA"), HardwareIdentity.HashKey("  T0EeBAEA\t"));
        Assert.Equal(64, HardwareIdentity.HashKey("T0EeBAEA")!.Length);
        Assert.NotEqual(HardwareIdentity.HashKey("T0EeBAEA"), HardwareIdentity.HashKey("T0EeBAEB"));
        Assert.Null(HardwareIdentity.HashKey(" "));
    }
}
