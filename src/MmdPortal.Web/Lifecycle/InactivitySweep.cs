using System.Text.Json;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Data;
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
    /// for the database (SQLite has one writer) waits for a chunk (about half a second), not for the whole sweep; and
    /// every chunk's changed pages fit the sweep's cache. 50,000 since commits stopped checkpointing: 300,000 of
    /// 1,000,000 devices in 3.51 and 3.69 s, against 4.32 and 4.14 s with 20,000, runs alternating
    /// (bench/results/20261126-101630 and -101821 against -101732 and -101911).</summary>
    public const int DefaultChunkSize = 50_000;

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
        await using (await SqliteBulkCache.EnlargeAsync(db, cancellationToken))
        {
            do
            {
                moved = await SweepChunkAsync(now, cutoff, cancellationToken);
                total += moved;
            }
            while (moved == ChunkSize);
        }

        if (total > 0) logger.LogInformation("{Count} devices became Inactive: no check-in since {Cutoff:o}", total, cutoff);
        return total;
    }

    private async Task<int> SweepChunkAsync(DateTime now, DateTime cutoff, CancellationToken cancellationToken)
    {
        // The chunk is the stalest devices first, from the partial index of Active devices by LastSeenAt.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stale = db.Devices.IgnoreQueryFilters()
            .Where(d => d.Status == DeviceStatus.Active && d.DeregisteredAt == null && d.LastSeenAt <= cutoff);
        var chunk = stale.OrderBy(d => d.LastSeenAt).Take(ChunkSize).Select(d => d.Id);
        var moved = db.Database.IsSqlite()
            ? await SweepChunkOnSqliteAsync(chunk, now, cancellationToken)
            : await SweepChunkOnServerAsync(stale, chunk, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    /// <summary>SQLite: the chunk's ids are read once, then the UPDATE and the INSERT of their transitions look them
    /// up by id from one JSON parameter; no ChangeToken is written, which spares every device an index update.
    /// Concurrent sweeps stay safe because SQLite has one writer: the transaction is BEGIN IMMEDIATE (what
    /// Microsoft.Data.Sqlite begins by default), so it holds the write lock from before the read, and no other sweep
    /// or check-in can change the chunk between the read, the UPDATE and the INSERT. The UPDATE still re-checks
    /// "Active", and a chunk whose UPDATE did not move every id is rolled back rather than logged twice. Not
    /// slower than the token (300,000 devices: 4.66 s against 4.55–5.04 s) and one index write less per device.</summary>
    private async Task<int> SweepChunkOnSqliteAsync(IQueryable<long> chunk, DateTime now, CancellationToken cancellationToken)
    {
        var ids = await chunk.ToListAsync(cancellationToken);
        if (ids.Count == 0) return 0;
        // In rowid order, the UPDATE walks the table's pages in order, as SQLite's own IN (subquery) list did.
        ids.Sort();
        var json = JsonSerializer.Serialize(ids);
        // Raw parameters bypass the value converter: the time is given in its stored form. The unary + keeps SQLite
        // from choosing the partial index of Active devices by LastSeenAt over the ids' primary-key lookups.
        var moved = await db.Database.ExecuteSqlRawAsync(SqliteUpdate,
            [json, (int)DeviceStatus.Inactive, UtcDateTimeConverter.Stored(now), (int)DeviceStatus.Active], cancellationToken);
        if (moved != ids.Count)
            throw new InvalidOperationException(
                $"The sweep read {ids.Count} stale devices but moved {moved}: another writer changed them within the transaction.");
        await TransitionLog.RecordIdsAsync(db, json, DeviceStatus.Active, TransitionCause.NoCheckIn, now, Actor, cancellationToken);
        return moved;
    }

    /// <summary>The SQLite chunk's UPDATE: {0} the ids as a JSON array, {1} Inactive, {2} now, {3} Active.</summary>
    internal const string SqliteUpdate =
        """
        WITH "Chunk" AS MATERIALIZED (SELECT "value" AS "Id" FROM json_each({0}))
        UPDATE "Devices" SET "Status" = {1}, "StatusChangedAt" = {2}
        FROM "Chunk" WHERE "Devices"."Id" = "Chunk"."Id" AND +"Devices"."Status" = {3}
        """;

    private async Task<int> SweepChunkOnServerAsync(IQueryable<Device> stale, IQueryable<long> chunk, DateTime now,
        CancellationToken cancellationToken)
    {
        long? token = TransitionLog.NewToken();
        // The token makes concurrent sweeps of several portal instances safe: the second UPDATE waits for the
        // first, finds the devices no longer Active, stamps none, and so records no transition twice. For that, on
        // a server, the UPDATE's own WHERE must say "Active and stale", not only the chunk's subquery: PostgreSQL
        // re-checks the WHERE of a row that another transaction changed meanwhile, not a subquery's snapshot.
        var moved = await stale.Where(d => chunk.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.Inactive)
                .SetProperty(d => d.StatusChangedAt, now)
                .SetProperty(d => d.ChangeToken, token), cancellationToken);
        if (moved > 0)
            await TransitionLog.RecordAsync(db, token.Value, DeviceStatus.Active, TransitionCause.NoCheckIn, now, Actor, cancellationToken);
        return moved;
    }
}
