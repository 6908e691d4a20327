using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Registrations;

/// <summary>The first row of an upload that named a piece of hardware, and the device it resolved to.</summary>
internal sealed class SeenHardware(string file, int line)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The device created by this upload, until its batch is saved; then only its key is kept,
    /// so that memory does not grow with the 4 KB hashes of every row uploaded.</summary>
    public Device? NewDevice { get; set; }
    public long? DeviceId { get; set; }

    public void Saved()
    {
        if (NewDevice is null) return;
        DeviceId = NewDevice.Id;
        NewDevice = null;
    }
}
