using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <param name="Status">Only devices in this status; null for all.</param>
/// <param name="Search">Matched against serial number, model and assigned user.</param>
/// <param name="NeedsLicence">Only devices Ready for user whose assigned user holds no licence.</param>
/// <param name="Sort">The column to sort on; newest first by default.</param>
/// <param name="Direction">Null for the column's natural direction: newest first for Registered, A–Z otherwise.</param>
public sealed record DeviceFilter(DeviceStatus? Status = null, string? Search = null, bool NeedsLicence = false,
    DeviceSort Sort = DeviceSort.Registered, SortDirection? Direction = null)
{
    public bool Descending => (Direction ?? (Sort == DeviceSort.Registered ? SortDirection.Descending : SortDirection.Ascending))
        == SortDirection.Descending;
}
