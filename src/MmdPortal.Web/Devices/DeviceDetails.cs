using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices.Hashes;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>Everything about one device: its fields, what its hardware hash says, and the rows of every
/// request that named it.</summary>
public sealed class DeviceDetails(PortalDbContext db, DeviceList list)
{
    public async Task<DeviceDetail?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await list.FindAsync(id, cancellationToken) is not { } summary) return null;

        var stored = await db.Devices.AsNoTracking().Where(d => d.Id == summary.Key)
            .Select(d => new { d.ProductId, Hash = d.HardwareHash != null ? d.HardwareHash.Value : null })
            .FirstAsync(cancellationToken);
        var rows = await db.Rows.AsNoTracking().Where(r => r.DeviceId == summary.Key)
            .Join(db.Requests, r => r.RequestId, q => q.Id, (r, q) => new { Row = r, Request = q })
            .OrderByDescending(x => x.Request.Id).ThenBy(x => x.Row.Position)
            .Select(x => new DeviceRequestRow(x.Request.RequestId, x.Request.CreatedAt, x.Row.File, x.Row.Line,
                x.Row.CreatedDevice, x.Row.CreatedDevice ? null : x.Row.Error))
            .ToListAsync(cancellationToken);
        return new DeviceDetail(summary, stored.ProductId,
            stored.Hash is null ? null : HardwareHashDecoder.Check(stored.Hash), rows);
    }
}

public sealed record DeviceDetail(DeviceSummary Device, string? ProductId, HardwareHashCheck? Hash, IReadOnlyList<DeviceRequestRow> Rows);

/// <param name="RequestId">The request.</param>
/// <param name="CreatedAt">When it was uploaded.</param>
/// <param name="File">The file of the row that named this device.</param>
/// <param name="Line">The row's line.</param>
/// <param name="CreatedDevice">Whether that row created the device (else it was a repeat).</param>
/// <param name="Error">The repeat's own outcome.</param>
public sealed record DeviceRequestRow(Guid RequestId, DateTime CreatedAt, string File, int Line, bool CreatedDevice, RegistrationError? Error);
