using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>What an export of the Devices view holds.</summary>
public enum DeviceExportFormat
{
    /// <summary>The blade's columns, for a spreadsheet.</summary>
    Csv,

    /// <summary>The hardware hashes in the form the upload takes back. Raw hashes carry TPM keys and MAC
    /// addresses: admins only, and audited.</summary>
    Hashes,
}

public static class DeviceExportFormats
{
    /// <summary>Reads the <c>format</c> query value; missing means <see cref="DeviceExportFormat.Csv"/>.</summary>
    public static bool TryParse(string? value, out DeviceExportFormat format)
    {
        format = DeviceExportFormat.Csv;
        if (string.IsNullOrEmpty(value)) return true;
        return Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(value, out _);
    }

    public static string Problem =>
        PortalText.Get("format must be csv (the blade's columns) or hashes (the hardware hashes, to upload again).");
}
