using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace MmdPortal.Web.Data;

/// <summary>Sets two things on every SQLite connection the portal opens: no automatic WAL checkpoint
/// (<see cref="SqliteCheckpointWorker"/> checkpoints instead, in the background), and temporary files in memory.</summary>
/// <remarks>
/// <para>Checkpoints: by default the connection whose commit finds the WAL over 1,000 pages copies the whole WAL into
/// the database file before its commit returns. After an upload of 10,000 devices (50 MB) that took 0.29 s of the
/// upload's own request, and the next pass of the registration worker paid for the worker's share: both are on the
/// way to "all devices final". Committed data is as safe in the WAL as in the file (SQLite replays the WAL after a
/// crash); the checkpoint only keeps the WAL short.</para>
/// <para>Temporary files: inside a transaction, every statement that writes several rows keeps a statement journal
/// (a copy of each page it changes, to undo that statement alone), which SQLite moves to a temporary file once it
/// passes 64 KiB. An upload's multi-row INSERTs change index pages all over the Devices table, so a 10,000-device
/// upload wrote 674 MB through the kernel for 50 MB of data; with the journals in memory, 163 MB, and 0.45 s less
/// to "all final" (docs/performance.md, item 16). The journals live for one statement: memory, not disk, is their
/// place. Sorts that do not fit the page cache use memory too, and the portal's queries sort by index.</para>
/// </remarks>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA wal_autocheckpoint = 0; PRAGMA temp_store = MEMORY";

    // The settings belong to SQLite's connection, which the pool hands to one SqliteConnection after another: each
    // is set once, not on every open (a page opens the connection for each of its queries).
    private readonly ConditionalWeakTable<sqlite3, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Unset(connection) is not { } handle) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        _set.AddOrUpdate(handle, Marker);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (Unset(connection) is not { } handle) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _set.AddOrUpdate(handle, Marker);
    }

    /// <summary>SQLite's connection under <paramref name="connection"/> if it has not been set yet; null otherwise
    /// and off SQLite. It is marked once the PRAGMAs have run, so a failed one is tried again at the next open.</summary>
    private sqlite3? Unset(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_set.TryGetValue(handle, out _) ? handle : null;

    private static readonly object Marker = new();
}
