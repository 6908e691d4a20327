using MmdPortal.Web.Registrations.Csv;

namespace MmdPortal.Web.Registrations;

/// <summary>Where each known column's value sits in a record, or -1 when the file has no such column.</summary>
internal sealed record CsvColumns(
    int SerialNumber, int HardwareHash, int Manufacturer, int Model, int ProductId, int GroupTag, int AssignedUser)
{
    /// <summary>Columns named by <paramref name="names"/>, whose values sit <paramref name="offset"/> fields further
    /// on: 0 for a header, the number of labels for rows that carry their own labels. A name used twice counts
    /// where it first appears.</summary>
    public static CsvColumns From(ReadOnlySpan<KnownColumn> names, int offset)
    {
        Span<int> at = stackalloc int[8];
        at.Fill(-1);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] != KnownColumn.None && at[(int)names[i]] < 0) at[(int)names[i]] = offset + i;
        }

        return new CsvColumns(at[(int)KnownColumn.SerialNumber], at[(int)KnownColumn.HardwareHash],
            at[(int)KnownColumn.Manufacturer], at[(int)KnownColumn.Model], at[(int)KnownColumn.ProductId],
            at[(int)KnownColumn.GroupTag], at[(int)KnownColumn.AssignedUser]);
    }

    /// <summary>The MMD partner file: a device list without hashes, for the partner process.</summary>
    public bool IsPartnerList => HardwareHash < 0 && SerialNumber >= 0 && Manufacturer >= 0 && Model >= 0;
}
