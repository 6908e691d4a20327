using System.ComponentModel.DataAnnotations;

namespace MmdPortal.Web.Devices;

public sealed class DeviceExportOptions
{
    public const string Section = "DeviceExport";

    /// <summary>Devices read per query while an export streams: memory holds one batch, whatever the view's size.</summary>
    [Range(1, 10_000)] public int BatchSize { get; init; } = 1_000;
}
