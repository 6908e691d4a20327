using Microsoft.Data.Sqlite;

namespace MmdPortal.Web.Data;

/// <summary>What a backup or a file to restore holds: a sound MmdPortal SQLite database, or why not.</summary>
/// <param name="Problem">Why the file is not a usable MmdPortal database; null when it is.</param>
/// <param name="Devices">Its devices, every organisation's.</param>
/// <param name="LatestMigration">The last migration applied to it.</param>
public sealed record SqliteDatabaseFile(string? Problem, int Devices, string? LatestMigration)
{
    /// <summary>Checks <paramref name="path"/> with PRAGMA integrity_check and looks for the portal's tables.
    /// Opens it read-write (a WAL file cannot always be read otherwise) without pooling, so no handle outlives the
    /// check.</summary>
    public static async Task<SqliteDatabaseFile> InspectAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        try
        {
            await using var db = new SqliteConnection(connection.ToString());
            await db.OpenAsync(cancellationToken);
            var integrity = string.Join("; ", await ReadAsync(db, "PRAGMA integrity_check", cancellationToken));
            if (integrity != "ok") return Failed($"fails SQLite's integrity check: {integrity}");
            var tables = await ReadAsync(db,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Devices')", cancellationToken);
            if (tables.Count != 2) return Failed("is a SQLite database, but not an MmdPortal one (no migrations history or no Devices table)");
            var devices = int.Parse((await ReadAsync(db, "SELECT COUNT(*) FROM \"Devices\"", cancellationToken))[0],
                System.Globalization.CultureInfo.InvariantCulture);
            var latest = (await ReadAsync(db, "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"", cancellationToken))[0];
            return new SqliteDatabaseFile(null, devices, latest);
        }
        catch (SqliteException ex)
        {
            // SQLITE_NOTADB (26) for a file that is not a database at all, SQLITE_CORRUPT (11) for a damaged one.
            return Failed($"is not a readable SQLite database ({ex.Message})");
        }
    }

    private static SqliteDatabaseFile Failed(string problem) => new(problem, 0, null);

    private static async Task<List<string>> ReadAsync(SqliteConnection db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return values;
    }
}
