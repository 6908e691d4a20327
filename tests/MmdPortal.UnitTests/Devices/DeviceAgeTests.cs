using MmdPortal.Web.Devices;

namespace MmdPortal.UnitTests.Devices;

public sealed class DeviceAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(59, "0 min")]
    [InlineData(60 * 59 + 59, "59 min")]
    [InlineData(60 * 60, "1 h")]
    [InlineData(60 * 60 * 5 + 60 * 59, "5 h")]
    [InlineData(60 * 60 * 24, "1 d")]
    [InlineData(60 * 60 * 24 * 3 + 60 * 60 * 23, "3 d")]
    [InlineData(60 * 60 * 24 * 400, "400 d")]
    public void Format_GivesTheLargestWholeUnit(int secondsAgo, string expected) =>
        Assert.Equal(expected, DeviceAge.Format(Now.UtcDateTime.AddSeconds(-secondsAgo), Now));

    [Fact]
    public void Format_RegisteredAfterNow_IsZeroMinutes() =>
        Assert.Equal("0 min", DeviceAge.Format(Now.UtcDateTime.AddMinutes(3), Now));

    [Fact]
    public void Format_UnspecifiedKind_IsReadAsUtc() =>
        Assert.Equal("2 h", DeviceAge.Format(DateTime.SpecifyKind(Now.UtcDateTime.AddHours(-2), DateTimeKind.Unspecified), Now));
}
