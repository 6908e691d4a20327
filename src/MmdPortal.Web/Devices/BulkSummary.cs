using System.Globalization;

namespace MmdPortal.Web.Devices;

/// <summary>A bulk action's outcome in one line for the blade's banner, e.g. "3 devices retried as request 0199…;
/// 1 left alone: No such device."</summary>
public static class BulkSummary
{
    private const int MaxReasons = 3;

    /// <param name="result">What the action did.</param>
    /// <param name="verb">What happened to the devices it acted on, e.g. "deregistered".</param>
    public static string Of(DeviceActionResult result, string verb)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{result.Done:N0} {(result.Done == 1 ? "device" : "devices")} {verb}");
        if (result.Problems.Count == 0) return line + ".";

        // Ten thousand "No such device." would not fit a banner: the same reason is told once, with its count.
        var reasons = result.Problems.GroupBy(p => p.Problem)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Count() == 1 ? g.Key : string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count():N0} devices)"))
            .ToList();
        var told = string.Join(" ", reasons.Take(MaxReasons));
        if (reasons.Count > MaxReasons) told += " …";
        return string.Create(CultureInfo.InvariantCulture, $"{line}; {result.Problems.Count:N0} left alone: {told}");
    }
}
