using System.Linq.Expressions;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>The current organisation's devices, newest first, a keyset page at a time.</summary>
public sealed class DeviceList(PortalDbContext db)
{
    public async Task<DevicePage> PageAsync(DeviceFilter filter, int pageSize, long? after, CancellationToken cancellationToken)
    {
        var query = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            query = query.Where(d => d.SerialNumber.Contains(term)
                || (d.Model != null && d.Model.Contains(term))
                || (d.AssignedUser != null && d.AssignedUser.Contains(term)));
        }

        if (after is { } cursor) query = query.Where(d => d.Id < cursor);
        var rows = await query.OrderByDescending(d => d.Id).Take(pageSize + 1)
            .Select(Summarise).ToListAsync(cancellationToken);
        var next = rows.Count > pageSize ? rows[pageSize - 1].Key : (long?)null;
        return new DevicePage(rows.Take(pageSize).ToList(), next);
    }

    public Task<DeviceSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Devices.AsNoTracking().Where(d => d.PublicId == id && d.DeregisteredAt == null)
            .Select(Summarise).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the blade should keep refreshing itself.</summary>
    public Task<bool> AnyPendingAsync(CancellationToken cancellationToken) =>
        db.Devices.AnyAsync(d => d.Status == DeviceStatus.RegistrationPending, cancellationToken);

    // An expression, not a method, so that EF translates it into the SELECT (and joins the request for its ID).
    private static readonly Expression<Func<Device, DeviceSummary>> Summarise = d => new DeviceSummary(d.Id, d.PublicId,
        d.SerialNumber, d.Manufacturer, d.Model, d.GroupTag, d.AssignedUser, d.Status, d.Error, d.ErrorDetail,
        d.Request!.RequestId, d.RegisteredAt, d.LastSeenAt);
}

public sealed record DevicePage(IReadOnlyList<DeviceSummary> Items, long? NextAfter);
