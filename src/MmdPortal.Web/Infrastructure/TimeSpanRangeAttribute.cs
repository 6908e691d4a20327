using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MmdPortal.Web.Infrastructure;

/// <summary>A <see cref="TimeSpan"/> setting between two bounds, both included, written as
/// <c>[TimeSpanRange("00:00:01", "1.00:00:00")]</c>.</summary>
/// <remarks>In place of <c>[Range(typeof(TimeSpan), …)]</c>: RangeAttribute converts its bounds on first use without
/// a lock, so two hosts validating the same options at the same moment can see a half-converted attribute and fail
/// with "Unable to cast object of type 'System.TimeSpan' to type 'System.String'" (dotnet/runtime#1143). The test
/// suites start many portals in one process and met it. This attribute parses its bounds once, in its constructor,
/// and never changes.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeSpanRangeAttribute : ValidationAttribute
{
    public TimeSpanRangeAttribute(string minimum, string maximum)
        : base("The field {0} must be between {1} and {2}.")
    {
        Minimum = minimum;
        Maximum = maximum;
        Lowest = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);
        Highest = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);
    }

    public string Minimum { get; }
    public string Maximum { get; }
    public TimeSpan Lowest { get; }
    public TimeSpan Highest { get; }

    // A missing value is [Required]'s to refuse, as with RangeAttribute.
    public override bool IsValid(object? value) =>
        value is null || (value is TimeSpan span && span >= Lowest && span <= Highest);

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Minimum, Maximum);
}
