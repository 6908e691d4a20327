using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <param name="Status">Only devices in this status; null for all.</param>
/// <param name="Search">Matched against serial number, model and assigned user.</param>
/// <param name="NeedsLicence">Only devices Ready for user whose assigned user holds no licence.</param>
public sealed record DeviceFilter(DeviceStatus? Status = null, string? Search = null, bool NeedsLicence = false);
