namespace MmdPortal.Benchmarks.Data;

/// <summary>Writes device rows (and hash rows) the fastest way the provider has, inside the caller's transaction.</summary>
public interface IDeviceWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<DeviceRecord> devices);
}
