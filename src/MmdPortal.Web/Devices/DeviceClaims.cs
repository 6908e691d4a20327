using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>Hands pending devices to one worker instance at a time. A claim stamps the devices with the pass's
/// token and a lease; an instance that dies mid-pass loses its devices to the next pass once the lease expires.</summary>
internal static class DeviceClaims
{
    public static Task<int> ClaimAsync(
        PortalDbContext db, long token, int batchSize, DateTime now, TimeSpan lease, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? ClaimSkippingLockedAsync(db, token, batchSize, now, lease, cancellationToken)
            : ClaimOptimisticallyAsync(db, token, batchSize, now, lease, cancellationToken);

    /// <summary>PostgreSQL: instances claiming at the same moment skip each other's rows instead of queueing
    /// behind them, so several instances share the backlog.</summary>
    private static Task<int> ClaimSkippingLockedAsync(
        PortalDbContext db, long token, int batchSize, DateTime now, TimeSpan lease, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE "Devices" SET "ChangeToken" = {token}, "ClaimExpiresAt" = {UtcDateTimeConverter.Stored(now + lease)}, "ClaimAttempts" = "ClaimAttempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "Devices"
                WHERE "Status" = 0 AND "DeregisteredAt" IS NULL AND ("ClaimExpiresAt" IS NULL OR "ClaimExpiresAt" < {UtcDateTimeConverter.Stored(now)})
                ORDER BY "Id" LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            """, cancellationToken);

    /// <summary>Any provider: the claim's conditions are repeated on the rows it updates, so two instances that
    /// picked the same devices cannot both take them (SQLite has one writer at a time anyway).</summary>
    /// <remarks>SQL Server stays here on purpose. Its UPDATE reads the rows it changes under update locks and sees
    /// the latest committed row, also with READ_COMMITTED_SNAPSHOT (Azure SQL's default), so an instance that
    /// waited for another's claim finds the lease taken and skips those devices. Instances then queue briefly
    /// instead of skipping each other as with READPAST; a hand-written UPDATE … WITH (READPAST, UPDLOCK, ROWLOCK)
    /// would buy that at the price of raw SQL that no server here can run, and one pass claims in milliseconds.</remarks>
    private static Task<int> ClaimOptimisticallyAsync(
        PortalDbContext db, long token, int batchSize, DateTime now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        return Claimable(db, batchSize, now).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.ChangeToken, token)
            .SetProperty(d => d.ClaimExpiresAt, until)
            .SetProperty(d => d.ClaimAttempts, d => d.ClaimAttempts + 1), cancellationToken);
    }

    /// <summary>The devices an optimistic claim takes: the first <paramref name="batchSize"/> unclaimed pending
    /// ones, with the conditions repeated on the rows themselves.</summary>
    internal static IQueryable<Device> Claimable(PortalDbContext db, int batchSize, DateTime now)
    {
        var claimable = db.Devices.IgnoreQueryFilters().Where(d => d.Status == DeviceStatus.RegistrationPending
            && d.DeregisteredAt == null && (d.ClaimExpiresAt == null || d.ClaimExpiresAt < now));
        var ids = claimable.OrderBy(d => d.Id).Take(batchSize).Select(d => d.Id);
        return claimable.Where(d => ids.Contains(d.Id));
    }
}
