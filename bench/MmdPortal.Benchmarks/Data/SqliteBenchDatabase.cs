using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MmdPortal.Benchmarks.Data;

/// <summary>A fresh SQLite file in the work folder for every portal start, as the portal's tests do.</summary>
public sealed class SqliteBenchDatabase(string workFolder) : BenchDatabase
{
    private string _path = Path.Combine(workFolder, "portal.db");
    private int _limitTargets;

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={_path}";

    protected override string DeviceIndexesSql =>
        """SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Devices' AND sql IS NOT NULL""";

    public override Task ResetAsync(string name)
    {
        SqliteConnection.ClearAllPools();
        _path = Path.Combine(workFolder, name + ".db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
        return Task.CompletedTask;
    }

    // The portal's own settings: foreign keys on (EF turns them on) and a long busy timeout.
    public override DbConnection CreateConnection(string? connectionString = null) =>
        new SqliteConnection(new SqliteConnectionStringBuilder(connectionString ?? ConnectionString)
        {
            ForeignKeys = true, DefaultTimeout = 120,
        }.ToString());

    public override Task<IDeviceWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction) =>
        Task.FromResult<IDeviceWriter>(new SqliteDeviceWriter((SqliteConnection)connection, (SqliteTransaction)transaction));

    /// <summary>A new file with the schema of the portal's database (tables and indexes, as migrated), in WAL mode.</summary>
    public override async Task<string> PrepareLimitTargetAsync()
    {
        var target = Path.Combine(workFolder, $"limit-{++_limitTargets}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(target + suffix);
        var schema = new List<string>();
        await using (var source = await OpenAsync())
        await using (var command = source.CreateCommand())
        {
            command.CommandText = """
                SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
                ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) schema.Add(reader.GetString(0));
        }

        var connectionString = $"Data Source={target}";
        await using var connection = await OpenAsync(connectionString);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");
        foreach (var sql in schema) await ExecuteAsync(connection, sql);
        return connectionString;
    }

    protected override object GuidValue(Guid value) => Upper(value);

    protected override object FilesValue(string[] files) => JsonSerializer.Serialize(files);

    // EF Core's SQLite provider stores Guids as upper-case text; the blade and the API read them back that way.
    internal static string Upper(Guid value) => value.ToString().ToUpperInvariant();
}
