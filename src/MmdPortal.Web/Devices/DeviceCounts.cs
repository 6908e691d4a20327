using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>The numbers on the blade's chips and charts, each from one grouped query, never by loading devices.</summary>
public sealed class DeviceCounts(PortalDbContext db, DeviceList list, TimeProvider time)
{
    public const int Days = 30;

    /// <summary>Live devices per status (every status, zeros included) and those needing a licence. The status
    /// counts read only the <c>(OrganizationId, Status, Id)</c> index, filtered to live devices.</summary>
    public async Task<StatusCounts> CountAsync(CancellationToken cancellationToken)
    {
        var live = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);
        var grouped = await live.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byStatus = Enum.GetValues<DeviceStatus>().ToDictionary(s => s, s => grouped.GetValueOrDefault(s));
        var needsLicence = await live.Where(list.NeedsLicence).CountAsync(cancellationToken);
        return new StatusCounts(byStatus, needsLicence);
    }

    /// <summary>Devices registered on each of the last <see cref="Days"/> days (UTC), oldest first, zeros included.
    /// Counted per day in SQL (<c>RegisteredAt.Date</c> is date() on SQLite and date_trunc on PostgreSQL), so at
    /// most 30 rows come back however many devices there are. Deregistered devices count: they were registered.</summary>
    public async Task<IReadOnlyList<DayCount>> PerDayAsync(CancellationToken cancellationToken)
    {
        var today = time.GetUtcNow().UtcDateTime.Date;
        var from = DateTime.SpecifyKind(today.AddDays(1 - Days), DateTimeKind.Utc);
        var counted = await db.Devices.AsNoTracking().Where(d => d.RegisteredAt >= from)
            .GroupBy(d => d.RegisteredAt.Date).Select(g => new { Day = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byDay = counted.ToDictionary(c => DateOnly.FromDateTime(c.Day), c => c.Count);
        return Enumerable.Range(0, Days).Select(i => DateOnly.FromDateTime(from.AddDays(i)))
            .Select(day => new DayCount(day, byDay.GetValueOrDefault(day))).ToList();
    }
}

public sealed record StatusCounts(IReadOnlyDictionary<DeviceStatus, int> ByStatus, int NeedsLicence);

public sealed record DayCount(DateOnly Day, int Count);
