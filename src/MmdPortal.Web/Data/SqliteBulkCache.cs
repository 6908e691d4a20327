using System.Globalization;
using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Data;

/// <summary>A larger SQLite page cache on the context's connection for one piece of bulk work (an upload, a sweep),
/// given back when disposed. SQLite's default is 2 MiB: a bulk write that touches more pages than that spills them
/// to the WAL and reads them back again and again (every insert goes into each of the Devices table's indexes at a
/// different place). Does nothing on other providers, which size their caches per server.</summary>
internal sealed class SqliteBulkCache : IAsyncDisposable
{
    /// <summary>64 MiB: the pages of a 20,000-device sweep chunk, or of an upload's indexes, stay cached. Measured
    /// with --scenario lifecycle (load average about 5): 300,000 devices 4.66 s with the default, 3.95 s with this
    /// (bench/results/20261126-052012 and -052041).</summary>
    public const int Kib = 64 * 1024;

    private readonly PortalDbContext _db;
    private readonly long _previous;

    private SqliteBulkCache(PortalDbContext db, long previous) => (_db, _previous) = (db, previous);

    /// <summary>Opens the context's connection (kept open until disposal) and enlarges its cache; null off SQLite.</summary>
    public static async Task<SqliteBulkCache?> EnlargeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var previous = await db.Database.SqlQueryRaw<long>("SELECT \"cache_size\" AS \"Value\" FROM pragma_cache_size()")
            .SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Pragma(-Kib), cancellationToken);
        return new SqliteBulkCache(db, previous);
    }

    /// <summary>The connection goes back to the pool with the cache size it came with.</summary>
    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync(Pragma(_previous), CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    // A PRAGMA takes no parameter; the value is a number of our own.
    private static string Pragma(long value) => "PRAGMA cache_size = " + value.ToString(CultureInfo.InvariantCulture);
}
