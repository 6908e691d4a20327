using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Registrations;

/// <summary>The live devices, in any organisation, that share hardware with a batch of rows.</summary>
internal sealed class RegisteredHardware
{
    private readonly Dictionary<string, LiveDevice> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiveDevice> _bySerial = new(StringComparer.Ordinal);

    internal sealed record LiveDevice(long Id, int OrganizationId, string? HashKey, string? SerialKey);

    public LiveDevice? Find(string? hashKey, string? serialKey)
    {
        if (hashKey is not null && _byHash.TryGetValue(hashKey, out var byHash)) return byHash;
        return serialKey is not null && _bySerial.TryGetValue(serialKey, out var bySerial) ? bySerial : null;
    }

    public static async Task<RegisteredHardware> FindAsync(
        PortalDbContext db, IEnumerable<PreparedRow> rows, CancellationToken cancellationToken)
    {
        var hashKeys = new List<string>();
        var serialKeys = new List<string>();
        foreach (var row in rows)
        {
            if (row.HashKey is not null) hashKeys.Add(row.HashKey);
            if (row.SerialKey is not null) serialKeys.Add(row.SerialKey);
        }

        var found = new RegisteredHardware();
        if (hashKeys.Count == 0 && serialKeys.Count == 0) return found;

        // Across organisations on purpose: hardware may be live in one organisation only.
        var live = db.Devices.IgnoreQueryFilters().WhereLive();
        // One query per key, not one with "hash IN (…) OR serial IN (…)": SQLite uses a partial index only for a
        // condition that implies its filter, and with the OR it scanned every device for every batch of an upload
        // (30 ms per batch at 10,000 devices, growing with the table; docs/performance.md).
        var devices = new List<LiveDevice>();
        if (hashKeys.Count > 0)
            devices.AddRange(await live.Where(d => hashKeys.Contains(d.HashKey!))
                .Select(d => new LiveDevice(d.Id, d.OrganizationId, d.HashKey, d.SerialKey)).ToListAsync(cancellationToken));
        if (serialKeys.Count > 0)
            devices.AddRange(await live.Where(d => serialKeys.Contains(d.SerialKey!))
                .Select(d => new LiveDevice(d.Id, d.OrganizationId, d.HashKey, d.SerialKey)).ToListAsync(cancellationToken));
        foreach (var device in devices)
        {
            if (device.HashKey is not null) found._byHash.TryAdd(device.HashKey, device);
            if (device.SerialKey is not null) found._bySerial.TryAdd(device.SerialKey, device);
        }

        return found;
    }
}
