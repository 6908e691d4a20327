using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MmdPortal.Web.Data;

/// <summary>Backup and restore of the embedded SQLite database at <paramref name="databasePath"/>. Database servers
/// have their own tools (docs/database.md).</summary>
public sealed class SqliteBackup(string databasePath, TimeProvider time)
{
    /// <summary>Writes a consistent copy to <paramref name="file"/>, also while the portal writes: VACUUM INTO reads
    /// in one transaction (WAL lets the portal go on writing meanwhile) and writes a compact, single file.</summary>
    public async Task<int> BackupAsync(string file, bool force, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target) && !force) return Refuse(errors, $"{target} exists; add --force to replace it.");
        if (!File.Exists(databasePath)) return Refuse(errors, $"There is no database at {databasePath} to back up.");
        if (Path.GetDirectoryName(target) is { Length: > 0 } folder) Directory.CreateDirectory(folder);

        // Written beside the target and moved over it only when sound, so a failed backup never costs the last good one.
        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 120 }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await using var vacuum = source.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $file";
                vacuum.Parameters.AddWithValue("$file", partial);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            var copy = await SqliteDatabaseFile.InspectAsync(partial, cancellationToken);
            if (copy.Problem is not null) return Refuse(errors, $"The copy {copy.Problem}; {target} was not written.");
            File.Move(partial, target, overwrite: true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Backed up {databasePath} to {target}: {new FileInfo(target).Length:N0} bytes, {copy.Devices} devices, integrity ok."));
            return 0;
        }
        catch (SqliteException ex)
        {
            return Refuse(errors, $"The backup failed: {ex.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Replaces the database with the backup <paramref name="file"/>, keeping the previous database (with
    /// its -wal and -shm files) as portal.db.before-restore-&lt;timestamp&gt;. The portal must be stopped: a running
    /// portal would go on writing to the file it has open.</summary>
    public async Task<int> RestoreAsync(string file, bool force, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) return Refuse(errors, $"There is no backup at {source}.");
        var exists = File.Exists(databasePath);
        if (exists && !force)
            return Refuse(errors, $"The portal's database {databasePath} exists. Stop the portal, then repeat with --force to replace it " +
                "(the current database is kept beside it as .before-restore-<timestamp>).");

        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(folder);
        // Checked as copied into place, not as found: the file checked is the file restored.
        var incoming = Path.Combine(folder, $"{Path.GetFileName(databasePath)}.restoring-{Guid.NewGuid():N}");
        try
        {
            File.Copy(source, incoming);
            var backup = await SqliteDatabaseFile.InspectAsync(incoming, cancellationToken);
            if (backup.Problem is not null) return Refuse(errors, $"{source} {backup.Problem}; nothing was restored.");

            SqliteConnection.ClearAllPools();
            string? kept = null;
            if (exists)
            {
                kept = $"{databasePath}.before-restore-{time.GetUtcNow():yyyyMMdd-HHmmss}";
                // The -wal file may hold committed changes not yet in the main file; it moves with it, under the name
                // SQLite looks for, so that the kept database opens complete.
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    if (File.Exists(databasePath + suffix)) File.Move(databasePath + suffix, kept + suffix);
            }

            File.Move(incoming, databasePath);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Restored {source} to {databasePath}: {backup.Devices} devices, last migration {backup.LatestMigration}."));
            if (kept is not null) output.WriteLine($"The previous database is kept as {kept}.");
            output.WriteLine("Start the portal; it applies any newer migrations on start-up.");
            return 0;
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    private static int Refuse(TextWriter errors, string problem)
    {
        errors.WriteLine(problem);
        return 1;
    }
}
