using System.Data.Common;
using Npgsql;

namespace MmdPortal.Benchmarks.Data;

/// <summary>The PostgreSQL database given on the command line. It is emptied (its public schema dropped) before
/// every portal start: point the benchmark at a throwaway database only.</summary>
public sealed class PostgresBenchDatabase(string connectionString) : BenchDatabase
{
    public override string Provider => "PostgreSQL";

    public override string ConnectionString => connectionString;

    protected override string DeviceIndexesSql => """
        SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = 'Devices' AND indexname NOT LIKE 'PK_%'
        """;

    public override async Task ResetAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }

    public override DbConnection CreateConnection(string? connectionString = null) => new NpgsqlConnection(connectionString ?? ConnectionString);

    public override Task<IDeviceWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction) =>
        Task.FromResult<IDeviceWriter>(new PostgresDeviceWriter((NpgsqlConnection)connection));

    // One database per server connection string: the limit writes into the portal's, before the upload, and
    // removes its rows afterwards (not timed).
    public override Task<string> PrepareLimitTargetAsync() => Task.FromResult(connectionString);

    public override async Task CleanUpLimitTargetAsync(string connectionString)
    {
        await ExecuteAsync("""
            DELETE FROM "HardwareHashes" WHERE "OrganizationId" IN (SELECT "Id" FROM "Organizations" WHERE "Name" LIKE 'Limit%');
            DELETE FROM "Devices" WHERE "OrganizationId" IN (SELECT "Id" FROM "Organizations" WHERE "Name" LIKE 'Limit%');
            """, connectionString);
    }

    protected override object GuidValue(Guid value) => value;

    protected override object FilesValue(string[] files) => files;

    protected override async Task AfterBulkLoadAsync(DbConnection connection)
    {
        // Explicit ids were copied in: move the identity on, and give the planner statistics at once rather than
        // when autovacuum gets round to it.
        await ExecuteAsync(connection, """SELECT setval(pg_get_serial_sequence('"Devices"', 'Id'), (SELECT COALESCE(MAX("Id"), 1) FROM "Devices"))""");
        await ExecuteAsync(connection, "ANALYZE");
    }
}
