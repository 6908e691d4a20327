using System.Globalization;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Lifecycle;

/// <summary>A check-in that can be matched: its device's key, when it was made and who was signed in.</summary>
internal sealed record ValidCheckIn(int Index, string SerialNumber, string SerialKey, DateTime At, string? UserPrincipalName);

/// <summary>Checks one check-in's shape, without the database; what is wrong is added to the problems.</summary>
internal static class CheckInReading
{
    private const int MaxUserPrincipalNameLength = 256;
    private const int MaxEchoedSerialLength = 100;

    public static ValidCheckIn? Read(CheckIn? item, int index, DateTime now, TimeSpan clockSkew, List<CheckInProblem> problems)
    {
        var serial = item?.SerialNumber?.Trim();
        if (serial is null || HardwareIdentity.SerialKey(item!.Manufacturer, serial) is not { } key)
            return Refuse(problems, index, serial, CheckInProblemKind.MissingSerialNumber, PortalText.Get("Give the device's serialNumber."));
        serial = serial.Length > MaxEchoedSerialLength ? serial[..MaxEchoedSerialLength] : serial;

        var user = string.IsNullOrWhiteSpace(item.UserPrincipalName) ? null : item.UserPrincipalName.Trim();
        if (user?.Length > MaxUserPrincipalNameLength)
            return Refuse(problems, index, serial, CheckInProblemKind.UserPrincipalNameTooLong,
                PortalText.Format("userPrincipalName has more than {0} characters.", MaxUserPrincipalNameLength));

        var at = now;
        if (!string.IsNullOrWhiteSpace(item.At))
        {
            if (!TryParse(item.At.Trim(), out var parsed))
                return Refuse(problems, index, serial, CheckInProblemKind.InvalidDate,
                    PortalText.Get("'at' is not an ISO 8601 date and time, e.g. 2026-11-25T09:30:00Z (without an offset it is read as UTC)."));
            if (parsed > now + clockSkew)
                problems.Add(new CheckInProblem(index, serial, CheckInProblemKind.ClockAhead,
                    PortalText.Get("'at' is ahead of the portal's clock; the check-in was recorded at the time the portal received it.")));
            at = parsed < now ? parsed : now;
        }

        return new ValidCheckIn(index, serial, key, at, user);
    }

    // ISO 8601 only: a lenient parse would read 03/04/2026 as March or April depending on who wrote it.
    private static bool TryParse(string text, out DateTime at)
    {
        at = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't' or ' ')) return false;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)) return false;
        // Stored to the microsecond (PostgreSQL's precision): compare what will be stored.
        at = MmdPortal.Data.UtcDateTimeConverter.Stored(parsed.UtcDateTime);
        return true;
    }

    private static ValidCheckIn? Refuse(List<CheckInProblem> problems, int index, string? serial, CheckInProblemKind kind, string detail)
    {
        problems.Add(new CheckInProblem(index, string.IsNullOrEmpty(serial) ? null : serial, kind, detail));
        return null;
    }
}
