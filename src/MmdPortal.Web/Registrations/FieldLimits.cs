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
            Over(row.SerialNumber, Text, "serial number") ?? Over(row.Manufacturer, Text, "manufacturer")
            ?? Over(row.Model, Text, "model") ?? Over(row.GroupTag, Text, "group tag")
            ?? Over(row.ProductId, ProductId, "Windows product ID") ?? Over(row.AssignedUser, AssignedUser, "assigned user")
            ?? Over(row.HardwareHash, HardwareHash, "hardware hash");
        return tooLong is null ? null : new UploadProblem(row.File, row.Line, tooLong);
    }

    /// <summary>Cuts a decoded value to a column's size: it comes from inside an uploaded hash, not from a field
    /// the admin can see and fix.</summary>
    public static string? Fit(string? value) => value is { Length: > Text } ? value[..Text] : value;

    private static string? Over(string? value, int limit, string name) =>
        value is { Length: var length } && length > limit
            ? $"the {name} is {length:N0} characters long; at most {limit:N0} fit. Check that the columns are in the right order."
            : null;
}
