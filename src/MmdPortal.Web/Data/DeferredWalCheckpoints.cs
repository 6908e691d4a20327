using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

    // A connection's setting, not the file's: set on every open, since pooled connections carry no mark of it.
    private const string Pragma = "PRAGMA wal_autocheckpoint = 0";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
