using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.UnitTests.Infrastructure;

public sealed class TimeSpanRangeAttributeTests
{
    private sealed class Settings
    {
        [TimeSpanRange("00:00:01", "00:01:00")]
        public TimeSpan Interval { get; init; }
    }

    [Theory]
    [InlineData("00:00:01", true)]
    [InlineData("00:00:30", true)]
    [InlineData("00:01:00", true)]
    [InlineData("00:00:00.500", false)]
    [InlineData("00:01:00.001", false)]
    public void Validation_IncludesBothBounds(string value, bool valid)
    {
        var settings = new Settings { Interval = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };
        var results = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true));
        if (!valid) Assert.Equal("The field Interval must be between 00:00:01 and 00:01:00.", Assert.Single(results).ErrorMessage);
    }

    /// <summary>RangeAttribute on a TimeSpan fails now and then when two hosts validate the same options at once
    /// (dotnet/runtime#1143): the portal's settings use <see cref="TimeSpanRangeAttribute"/> instead.</summary>
    [Fact]
    public void NoPortalSetting_UsesRangeAttributeOnATimeSpan()
    {
        var offenders = typeof(AuditOptions).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(TimeSpan)
                && p.GetCustomAttribute<RangeAttribute>() is not null)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(offenders);
        Assert.NotNull(typeof(AuditOptions).GetProperty(nameof(AuditOptions.Retention))?.GetCustomAttribute<TimeSpanRangeAttribute>());
    }
}
