using System.Globalization;
using System.Text.Json;
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
        var cache = db.Database.IsSqlite() ? await EnlargeCacheAsync(cancellationToken) : null;
        try
        {
            do
            {
                moved = await SweepChunkAsync(now, cutoff, cancellationToken);
                total += moved;
            }
            while (moved == ChunkSize);
        }
        finally
        {
            if (cache is { } previous)
            {
                // The connection goes back to the pool: it leaves with the cache size it came with.
                await db.Database.ExecuteSqlRawAsync(CacheSizePragma(previous), CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        if (total > 0) logger.LogInformation("{Count} devices became Inactive: no check-in since {Cutoff:o}", total, cutoff);
        return total;
    }

    /// <summary>SQLite page cache of the sweep's connection while it sweeps, in KiB (SQLite's default is 2 MiB).
    /// The chunks' UPDATEs and INSERTs touch the table, the partial index of Active devices by LastSeenAt and the
    /// log's pages again and again; with 64 MiB they stay cached. Measured with --scenario lifecycle (load average about 5 on 2
    /// cores): 300,000 devices 4.66 s without, 3.95 s with (bench/results/20261126-052012 and -052041); with the
    /// ids below, 1,000,000 devices 11.0 s against 13.8 s before (-052606 and -052702), and again 11.9 s against
    /// 14.2 s (-052900 and -052803).</summary>
    internal const int SweepCacheKib = 64 * 1024;

    private async Task<long?> EnlargeCacheAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var previous = await db.Database.SqlQueryRaw<long>("SELECT \"cache_size\" AS \"Value\" FROM pragma_cache_size()")
            .SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(CacheSizePragma(-SweepCacheKib), cancellationToken);
        return previous;
    }

    // A PRAGMA takes no parameter; the value is a number of our own.
    private static string CacheSizePragma(long value) =>
        "PRAGMA cache_size = " + value.ToString(CultureInfo.InvariantCulture);

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
