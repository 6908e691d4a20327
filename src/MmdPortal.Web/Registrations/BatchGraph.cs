using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;

namespace MmdPortal.Web.Registrations;

/// <summary>The parts of a batch's graph that the raw writers insert table by table, and the keys they link.</summary>
internal static class BatchGraph
{
    public static List<Device> NewDevices(IReadOnlyList<RegistrationRow> rows)
    {
        var devices = new List<Device>(rows.Count);
        foreach (var row in rows)
        {
            if (row.CreatedDevice) devices.Add(row.Device ?? throw new InvalidOperationException("A created device is missing."));
        }

        return devices;
    }

    /// <summary>The hashes of devices that now have their keys.</summary>
    public static List<DeviceHardwareHash> Hashes(List<Device> devices)
    {
        var hashes = new List<DeviceHardwareHash>(devices.Count);
        foreach (var device in devices)
        {
            if (device.HardwareHash is not { } hash) continue;
            hash.DeviceId = device.Id;
            hashes.Add(hash);
        }

        return hashes;
    }

    /// <summary>Points each outcome at its device's key, as EF's fix-up would.</summary>
    public static void LinkRows(IReadOnlyList<RegistrationRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Device is { } device) row.DeviceId = device.Id;
        }
    }

    /// <summary>Gives each new device the key the database returned for its public id (RETURNING promises no order).</summary>
    public static void AssignKeys(Dictionary<Guid, Device> byPublicId, long id, Guid publicId)
    {
        if (!byPublicId.Remove(publicId, out var device))
            throw new InvalidOperationException($"The insert returned device {publicId}, which the batch did not insert.");
        device.Id = id;
    }
}
