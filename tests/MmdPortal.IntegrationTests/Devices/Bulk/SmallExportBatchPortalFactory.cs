namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>Exports read three devices per query, so that a handful of devices crosses batch boundaries.</summary>
public sealed class SmallExportBatchPortalFactory : PortalApplicationFactory
{
    public const int BatchSize = 3;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["DeviceExport:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
