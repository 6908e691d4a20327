using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace MmdPortal.Web.Data;

/// <summary>Turns SQLite's automatic WAL checkpoint off on every connection the portal opens; <see
/// cref="SqliteCheckpointWorker"/> checkpoints instead, in the background.</summary>
/// <remarks>By default the connection whose commit finds the WAL over 1,000 pages copies the whole WAL into the
/// database file before its commit returns. After an upload of 10,000 devices (50 MB) that took 0.29 s of the
/// upload's own request, and the next pass of the registration worker paid for the worker's share: both are
/// on the way to "all devices final". Committed data is as safe in the WAL as in the file (SQLite replays the WAL
/// after a crash); the checkpoint only keeps the WAL short.</remarks>
internal sealed class DeferredWalCheckpoints : DbConnectionInterceptor
{
    public static readonly DeferredWalCheckpoints Instance = new();

    private const string Pragma = "PRAGMA wal_autocheckpoint = 0";

    // The setting belongs to SQLite's connection, which the pool hands to one SqliteConnection after another: each
    // is set once, not on every open (a page opens the connection for each of its queries).
    private readonly ConditionalWeakTable<sqlite3, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Unset(connection) is not { } handle) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        _set.AddOrUpdate(handle, Marker);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (Unset(connection) is not { } handle) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _set.AddOrUpdate(handle, Marker);
    }

    /// <summary>SQLite's connection under <paramref name="connection"/> if it has not been set yet; null otherwise
    /// and off SQLite. It is marked once the PRAGMA has run, so a failed one is tried again at the next open.</summary>
    private sqlite3? Unset(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_set.TryGetValue(handle, out _) ? handle : null;

    private static readonly object Marker = new();
}
