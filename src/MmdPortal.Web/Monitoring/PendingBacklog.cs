using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Monitoring;

/// <summary>The registration backlog: measured by the worker after each pass and by the readiness check, and
/// cached here for the metrics gauges, which must not query the database on every collection.</summary>
public sealed class PendingBacklog(TimeProvider time)
{
    private BacklogSnapshot? _latest;

    /// <summary>The latest measurement; null until the first one.</summary>
    public BacklogSnapshot? Latest => Volatile.Read(ref _latest);

    /// <summary>Counts the pending devices and finds the oldest. Both queries read only the pending devices through
    /// the partial index of pending devices (IX_Devices_Pending), so they cost the backlog's size, not the table's.</summary>
    public async Task<BacklogSnapshot> MeasureAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DeviceStatus.RegistrationPending && d.DeregisteredAt == null);
        var count = await pending.LongCountAsync(cancellationToken);
        // StatusChangedAt, not RegisteredAt: a retried device waits from its retry.
        var oldest = count == 0 ? null : await pending.OrderBy(d => d.StatusChangedAt)
            .Select(d => (DateTime?)d.StatusChangedAt).FirstOrDefaultAsync(cancellationToken);
        var snapshot = new BacklogSnapshot(count,
            oldest is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null, time.GetUtcNow());
        Volatile.Write(ref _latest, snapshot);
        return snapshot;
    }
}
