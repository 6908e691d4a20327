using System.Data.Common;
using System.Globalization;
using MmdPortal.Web.Organizations;

namespace MmdPortal.Benchmarks.Data;

/// <summary>The database under the portal, reached directly: fresh databases for each portal start, bulk rows for
/// the limit and for seeding, organisations with keys. SQL is written once, with identifiers quoted for both providers.</summary>
public abstract class BenchDatabase
{
    public static BenchDatabase Create(BenchOptions options, string workFolder) =>
        options.IsPostgres ? new PostgresBenchDatabase(options.Connection!) : new SqliteBenchDatabase(workFolder);

    /// <summary>The value of <c>Database:Provider</c> for the portal.</summary>
    public abstract string Provider { get; }

    /// <summary>The connection string the portal and the benchmark use for the current database.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Makes an empty database for the next portal start (which migrates it).</summary>
    public abstract Task ResetAsync(string name);

    public abstract DbConnection CreateConnection(string? connectionString = null);

    /// <summary>Writes devices, and their hashes where they have one, within <paramref name="transaction"/>.</summary>
    public abstract Task<IDeviceWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>An empty database with the portal's schema, for the limit run to write into; its connection string.</summary>
    public abstract Task<string> PrepareLimitTargetAsync();

    /// <summary>Removes what the limit run wrote when it shares the portal's database.</summary>
    public virtual Task CleanUpLimitTargetAsync(string connectionString) => Task.CompletedTask;

    protected abstract object GuidValue(Guid value);

    protected abstract object FilesValue(string[] files);

    /// <summary>SQL that lists the Devices table's secondary indexes as (name, definition).</summary>
    protected abstract string DeviceIndexesSql { get; }

    /// <summary>After a bulk load: what the provider's planner needs to know about the new rows.</summary>
    protected virtual Task AfterBulkLoadAsync(DbConnection connection) => Task.CompletedTask;

    public async Task<DbConnection> OpenAsync(string? connectionString = null)
    {
        var connection = CreateConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql, string? connectionString = null)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One statement with parameters in its own transaction; returns the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, null, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Organisations with an admin key each, stored as the portal stores them (SHA-256 of the key).</summary>
    public async Task<List<(int Id, string Key)>> AddOrganizationsAsync(int count, string prefix)
    {
        await using var connection = await OpenAsync();
        var created = new List<(int, string)>();
        for (var i = 1; i <= count; i++)
        {
            var now = DateTime.UtcNow;
            var id = Convert.ToInt32(await ScalarAsync(connection, null,
                """INSERT INTO "Organizations" ("Name", "CreatedAt") VALUES (@name, @now) RETURNING "Id" """,
                ("name", string.Create(CultureInfo.InvariantCulture, $"{prefix} {i:00}")), ("now", now)), CultureInfo.InvariantCulture);
            var key = ApiKeys.NewSecret();
            await ScalarAsync(connection, null,
                """INSERT INTO "ApiKeys" ("OrganizationId", "Name", "KeyHash", "Scope", "CreatedAt") VALUES (@org, 'bench', @hash, 'admin', @now) RETURNING "Id" """,
                ("org", id), ("hash", ApiKeyHasher.Hash(key)), ("now", now));
            created.Add((id, key));
        }

        return created;
    }

    /// <summary>The organisation the limit run's devices belong to (removed with them where the database is shared).</summary>
    public static async Task<int> AddLimitOrganizationAsync(DbConnection connection, DbTransaction transaction) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction,
            """INSERT INTO "Organizations" ("Name", "CreatedAt") VALUES (@name, @now) RETURNING "Id" """,
            ("name", $"Limit {Guid.NewGuid():N}"), ("now", DateTime.UtcNow)), CultureInfo.InvariantCulture);

    /// <summary>A completed upload request for seeded devices to belong to.</summary>
    public async Task<long> AddRequestAsync(DbConnection connection, DbTransaction? transaction, int organizationId, int rows)
    {
        var now = DateTime.UtcNow;
        return await ScalarAsync(connection, transaction,
            """
            INSERT INTO "Requests" ("RequestId", "OrganizationId", "Kind", "CreatedBy", "CreatedAt", "CompletedAt", "Status", "RowCount", "Files", "Warnings")
            VALUES (@id, @org, 0, 'bench', @now, @now, 1, @rows, @files, @warnings) RETURNING "Id"
            """,
            ("id", GuidValue(Guid.CreateVersion7())), ("org", organizationId), ("now", now), ("rows", rows),
            ("files", FilesValue(["bench.csv"])), ("warnings", FilesValue([])));
    }

    public static async Task<long> NextDeviceIdAsync(DbConnection connection, DbTransaction? transaction) =>
        await ScalarAsync(connection, transaction, """SELECT COALESCE(MAX("Id"), 0) + 1 FROM "Devices" """);

    /// <summary>Drops the Devices table's secondary indexes, so that a bulk load sorts each index once instead of
    /// inserting into sixteen B-trees row by row; returns their definitions for <see cref="RestoreIndexesAsync"/>.</summary>
    public async Task<List<string>> DropDeviceIndexesAsync()
    {
        await using var connection = await OpenAsync();
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = DeviceIndexesSql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        foreach (var (name, _) in indexes) await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        return indexes.Select(i => i.Sql).ToList();
    }

    public async Task RestoreIndexesAsync(IEnumerable<string> definitions)
    {
        await using var connection = await OpenAsync();
        foreach (var sql in definitions) await ExecuteAsync(connection, sql);
        await AfterBulkLoadAsync(connection);
    }

    protected static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
