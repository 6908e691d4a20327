using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>The longest value each column of a row may have, matching the database columns: SQLite would store
/// more, SQL Server and PostgreSQL would fail the whole upload, so an over-long value is refused with its line.</summary>
public static class FieldLimits
{
    public const int Text = 100;
    public const int ProductId = 50;
    public const int AssignedUser = 256;
    public const int HardwareHash = 20_000;

    /// <summary>What is too long in <paramref name="row"/>, or null when everything fits.</summary>
    public static UploadProblem? Check(HardwareHashRow row)
    {
        var tooLong =
            Over(row.SerialNumber, Text, PortalText.Key("the serial number"))
            ?? Over(row.Manufacturer, Text, PortalText.Key("the manufacturer"))
            ?? Over(row.Model, Text, PortalText.Key("the model"))
            ?? Over(row.GroupTag, Text, PortalText.Key("the group tag"))
            ?? Over(row.ProductId, ProductId, PortalText.Key("the Windows product ID"))
            ?? Over(row.AssignedUser, AssignedUser, PortalText.Key("the assigned user"))
            ?? Over(row.HardwareHash, HardwareHash, PortalText.Key("the hardware hash"));
        return tooLong is null ? null : new UploadProblem(row.File, row.Line, tooLong);
    }

    /// <summary>Cuts a decoded value to a column's size: it comes from inside an uploaded hash, not from a field
    /// the admin can see and fix.</summary>
    public static string? Fit(string? value) => value is { Length: > Text } ? value[..Text] : value;

    // The field is named with its article ("the model"): Dutch articles differ per word (de/het).
    private static string? Over(string? value, int limit, string field) =>
        value is { Length: var length } && length > limit
            ? PortalText.Format("{0} is {1:N0} characters long; at most {2:N0} fit. Check that the columns are in the right order.",
                PortalText.Get(field), length, limit)
            : null;
}
