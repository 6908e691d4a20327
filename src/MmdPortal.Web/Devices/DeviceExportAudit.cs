namespace MmdPortal.Web.Devices;

/// <summary>How an export of hardware hashes reads in the audit log: which view was taken.</summary>
public static class DeviceExportAudit
{
    public static string Describe(DeviceFilter filter)
    {
        var parts = new List<string>(3);
        if (filter.Status is { } status) parts.Add($"status {StatusText.English(status)}");
        if (!string.IsNullOrWhiteSpace(filter.Search)) parts.Add($"search '{filter.Search.Trim()}'");
        if (filter.NeedsLicence) parts.Add("needing a licence");
        return parts.Count == 0 ? "Hardware hashes of every device" : $"Hardware hashes of the devices with {string.Join(", ", parts)}";
    }
}
