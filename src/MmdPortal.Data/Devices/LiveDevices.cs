namespace MmdPortal.Data.Devices;

public static class LiveDevices
{
    /// <summary>Devices that hold their hardware: neither failed nor deregistered. Written exactly as the filter of
    /// the unique hardware indexes (IX_Devices_HashKey_Live, IX_Devices_SerialKey_Live), because SQLite uses a
    /// partial index only for a condition that implies its filter. "No error" is "not failed": the table's check
    /// constraint CK_Devices_ErrorMeansFailed holds them equal.</summary>
    public static IQueryable<Device> WhereLive(this IQueryable<Device> devices) =>
        devices.Where(d => d.Error == null && d.DeregisteredAt == null);
}
