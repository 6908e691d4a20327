using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Active devices without a check-in for <see cref="LifecycleOptions.InactiveAfter"/> become Inactive, in
/// chunks of <see cref="ChunkSize"/>: per chunk one UPDATE and one INSERT … SELECT of their transitions, in a
/// transaction of its own, never loading a device.</summary>
public sealed class InactivitySweep(
    PortalDbContext db, TimeProvider time, IOptions<LifecycleOptions> options, ILogger<InactivitySweep> logger)
{
    public const string Actor = "system";

    /// <summary>Devices per chunk. Each chunk is one short write transaction, so an upload or a check-in waiting
    /// for the database (SQLite has one writer) waits for a chunk, not for the whole sweep; and every chunk's
    /// changed pages fit the database's cache.</summary>
    public const int DefaultChunkSize = 20_000;

    /// <summary>Devices per chunk; tests make it small.</summary>
    internal int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Returns how many devices became Inactive.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        // One "now" for every chunk: the devices of one sweep share the moment they became Inactive.
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.InactiveAfter;
        var total = 0;
        int moved;
        do
        {
            moved = await SweepChunkAsync(now, cutoff, cancellationToken);
            total += moved;
        }
        while (moved == ChunkSize);

        if (total > 0) logger.LogInformation("{Count} devices became Inactive: no check-in since {Cutoff:o}", total, cutoff);
        return total;
    }

    private async Task<int> SweepChunkAsync(DateTime now, DateTime cutoff, CancellationToken cancellationToken)
    {
        long? token = TransitionLog.NewToken();
        // The token makes concurrent sweeps of several portal instances safe: the second UPDATE waits for the
        // first, finds the devices no longer Active, stamps none, and so records no transition twice. For that, on
        // a server, the UPDATE's own WHERE must say "Active and stale", not only the chunk's subquery: PostgreSQL
        // re-checks the WHERE of a row that another transaction changed meanwhile, not a subquery's snapshot.
        // SQLite has one writer, whose statement reads the latest data, so the chunk's ids alone suffice there;
        // with the condition repeated, SQLite would read every stale device from the index for every chunk rather
        // than look up the chunk's ids. The chunk is the stalest devices first, from the (Status, LastSeenAt) index.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stale = db.Devices.IgnoreQueryFilters()
            .Where(d => d.Status == DeviceStatus.Active && d.DeregisteredAt == null && d.LastSeenAt <= cutoff);
        var chunk = stale.OrderBy(d => d.LastSeenAt).Take(ChunkSize).Select(d => d.Id);
        var target = db.Database.IsSqlite() ? db.Devices.IgnoreQueryFilters() : stale;
        var moved = await target.Where(d => chunk.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.Inactive)
                .SetProperty(d => d.StatusChangedAt, now)
                .SetProperty(d => d.ChangeToken, token), cancellationToken);
        if (moved > 0)
            await TransitionLog.RecordAsync(db, token.Value, DeviceStatus.Active, TransitionCause.NoCheckIn, now, Actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }
}
