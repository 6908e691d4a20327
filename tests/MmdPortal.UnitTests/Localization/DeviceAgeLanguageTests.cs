using MmdPortal.Web.Devices;

namespace MmdPortal.UnitTests.Localization;

/// <summary>Relative times as a user reads them, in English and Dutch, with the singular where it belongs.</summary>
public sealed class DeviceAgeLanguageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, "less than a minute ago", "minder dan een minuut geleden")]
    [InlineData(60, "1 minute ago", "1 minuut geleden")]
    [InlineData(60 * 12, "12 minutes ago", "12 minuten geleden")]
    [InlineData(60 * 60, "1 hour ago", "1 uur geleden")]
    [InlineData(60 * 60 * 5 + 60 * 59, "5 hours ago", "5 uur geleden")]
    [InlineData(60 * 60 * 24, "1 day ago", "1 dag geleden")]
    [InlineData(60 * 60 * 24 * 3 + 60 * 60 * 23, "3 days ago", "3 dagen geleden")]
    public void Ago_InEachLanguage(int secondsAgo, string english, string dutch)
    {
        var at = Now.UtcDateTime.AddSeconds(-secondsAgo);
        using (UiCulture.English()) Assert.Equal(english, DeviceAge.Ago(at, Now));
        using (UiCulture.Dutch()) Assert.Equal(dutch, DeviceAge.Ago(at, Now));
    }

    [Fact]
    public void Ago_InTheFuture_IsLessThanAMinute()
    {
        using var dutch = UiCulture.Dutch();
        Assert.Equal("minder dan een minuut geleden", DeviceAge.Ago(Now.UtcDateTime.AddMinutes(3), Now));
    }

    [Theory]
    [InlineData(60 * 12, "12 min", "12 min")]
    [InlineData(60 * 60 * 5, "5 h", "5 u")]
    [InlineData(60 * 60 * 24 * 3, "3 d", "3 d")]
    public void Format_CompactColumn_InEachLanguage(int secondsAgo, string english, string dutch)
    {
        var at = Now.UtcDateTime.AddSeconds(-secondsAgo);
        using (UiCulture.English()) Assert.Equal(english, DeviceAge.Format(at, Now));
        using (UiCulture.Dutch()) Assert.Equal(dutch, DeviceAge.Format(at, Now));
    }
}
