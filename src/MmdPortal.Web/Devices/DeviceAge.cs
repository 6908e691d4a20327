using System.Globalization;

namespace MmdPortal.Web.Devices;

/// <summary>The blade's Age column: time since registration, in its largest whole unit ("3 d", "5 h", "12 min").</summary>
public static class DeviceAge
{
    public static string Format(DateTime registeredAt, DateTimeOffset now)
    {
        var age = now.UtcDateTime - DateTime.SpecifyKind(registeredAt, DateTimeKind.Utc);
        // A clock a little behind another instance's would show a negative age: show "0 min" instead.
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        return age.TotalDays >= 1 ? Whole(age.TotalDays, "d")
            : age.TotalHours >= 1 ? Whole(age.TotalHours, "h")
            : Whole(age.TotalMinutes, "min");
    }

    private static string Whole(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(value):0} {unit}");
}
