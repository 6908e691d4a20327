using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Data;

/// <summary>Copies SQLite's WAL into the database file every <see cref="DatabaseOptions.CheckpointInterval"/>, off
/// the requests' and the workers' paths (see <see cref="SqliteConnectionSettings"/>). Does nothing on a server.</summary>
public sealed class SqliteCheckpointWorker(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, TimeProvider time, ILogger<SqliteCheckpointWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsSqlite) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.CheckpointInterval, time, stoppingToken);
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The WAL only grows meanwhile; the next interval tries again. An unhandled exception would stop the host.
                logger.LogWarning(ex, "WAL checkpoint failed");
            }
        }
    }

    /// <summary>PASSIVE: copies what no reader still needs and never waits for a reader or a writer, so a long export
    /// or an upload in progress delays the checkpoint, never the other way round. Returns the frames copied.</summary>
    internal async Task<int> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // A PRAGMA with a side effect has no table-valued form: read its one row (busy, log, checkpointed).
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return 0;
        var (log, checkpointed) = (reader.GetInt32(1), reader.GetInt32(2));
        if (checkpointed > 0) logger.LogDebug("WAL checkpoint copied {Checkpointed} of {Log} frames", checkpointed, log);
        return checkpointed;
    }
}
