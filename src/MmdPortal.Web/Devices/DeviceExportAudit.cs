using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>How an export of hardware hashes reads in the audit log: which view was taken. One text for each shape
/// of filter, so that Dutch words it whole; the status is its English name, as the export's own files have it.</summary>
public static class DeviceExportAudit
{
    public static StoredText Describe(DeviceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var status = filter.Status is { } s ? StatusText.English(s) : null;
        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        return (status is not null, search is not null, filter.NeedsLicence) switch
        {
            (false, false, false) => StoredText.Of(PortalText.Key("Hardware hashes of every device")),
            (true, false, false) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with status {0}"), status),
            (false, true, false) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with search '{0}'"), search),
            (false, false, true) => StoredText.Of(PortalText.Key("Hardware hashes of the devices needing a licence")),
            (true, true, false) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with status {0}, search '{1}'"), status, search),
            (true, false, true) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with status {0}, needing a licence"), status),
            (false, true, true) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with search '{0}', needing a licence"), search),
            (true, true, true) => StoredText.Of(PortalText.Key("Hardware hashes of the devices with status {0}, search '{1}', needing a licence"), status, search),
        };
    }
}
