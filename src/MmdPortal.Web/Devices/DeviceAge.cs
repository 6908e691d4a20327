using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>Time since a moment, in its largest whole unit, in the request's language: the blade's compact Age
/// column ("3 d", "5 h", "12 min") and the sentence form ("3 days ago", "3 dagen geleden").</summary>
public static class DeviceAge
{
    /// <summary>The compact form for a narrow column.</summary>
    public static string Format(DateTime registeredAt, DateTimeOffset now)
    {
        var age = Since(registeredAt, now);
        return age.TotalDays >= 1 ? PortalText.Format("{0} d", Whole(age.TotalDays))
            : age.TotalHours >= 1 ? PortalText.Format("{0} h", Whole(age.TotalHours))
            : PortalText.Format("{0} min", Whole(age.TotalMinutes));
    }

    /// <summary>The sentence form: "3 days ago", "1 hour ago", "less than a minute ago".</summary>
    public static string Ago(DateTime at, DateTimeOffset now)
    {
        var age = Since(at, now);
        // One text per number form: Dutch, like English, says "1 dag" but "3 dagen" (and "1 uur", "3 uur").
        return age.TotalDays >= 1 ? Counted(Whole(age.TotalDays), PortalText.Key("{0} day ago"), PortalText.Key("{0} days ago"))
            : age.TotalHours >= 1 ? Counted(Whole(age.TotalHours), PortalText.Key("{0} hour ago"), PortalText.Key("{0} hours ago"))
            : age.TotalMinutes >= 1 ? Counted(Whole(age.TotalMinutes), PortalText.Key("{0} minute ago"), PortalText.Key("{0} minutes ago"))
            : PortalText.Get("less than a minute ago");
    }

    private static TimeSpan Since(DateTime at, DateTimeOffset now)
    {
        var age = now.UtcDateTime - DateTime.SpecifyKind(at, DateTimeKind.Utc);
        // A clock a little behind another instance's would show a negative age: show the smallest one instead.
        return age < TimeSpan.Zero ? TimeSpan.Zero : age;
    }

    private static string Counted(long count, string one, string many) => PortalText.Format(count == 1 ? one : many, count);

    private static long Whole(double value) => (long)Math.Floor(value);
}
