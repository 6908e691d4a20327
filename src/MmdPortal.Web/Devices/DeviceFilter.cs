using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <param name="Status">Only devices in this status; null for all.</param>
/// <param name="Search">Serial numbers that start with it (a pasted serial number finds its device through an
/// index); when no serial number of the organisation starts with it, part of a serial number, model or assigned
/// user. Without regard to case either way. See <see cref="DeviceSearchMatch"/>.</param>
/// <param name="NeedsLicence">Only devices Ready for user whose assigned user holds no licence.</param>
/// <param name="Sort">The column to sort on; newest first by default.</param>
/// <param name="Direction">Null for the column's natural direction: newest first for Registered, A–Z otherwise.</param>
public sealed record DeviceFilter(DeviceStatus? Status = null, string? Search = null, bool NeedsLicence = false,
    DeviceSort Sort = DeviceSort.Registered, SortDirection? Direction = null)
{
    public bool Descending => (Direction ?? (Sort == DeviceSort.Registered ? SortDirection.Descending : SortDirection.Ascending))
        == SortDirection.Descending;

    /// <summary>How <see cref="Search"/> matches, once <see cref="DeviceList.ResolveAsync"/> has decided; null before.</summary>
    public DeviceSearchMatch? SearchMatch { get; init; }

    /// <summary>The search term as the database compares it: trimmed and upper-cased; null without a search.</summary>
    public string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToUpperInvariant();
}
