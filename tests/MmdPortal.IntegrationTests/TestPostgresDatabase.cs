using Npgsql;

namespace MmdPortal.IntegrationTests;

/// <summary>A fresh database on the PostgreSQL server named by <see cref="Variable"/>, for one test factory.
/// scripts/test.sh starts a throwaway cluster and sets the variable for its PostgreSQL leg; without it the tests
/// run on SQLite.</summary>
public sealed class TestPostgresDatabase
{
    /// <summary>A connection string to a server where the user may CREATE DATABASE.</summary>
    public const string Variable = "MMDPORTAL_TEST_POSTGRES";

    private readonly string _server;

    private TestPostgresDatabase(string server)
    {
        _server = server;
        // Not created here: the portal's own MigrateAsync creates it, as EF's Npgsql migrator does for a
        // missing database, so the tests go through the same start-up as a first deployment.
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public string Name { get; } = $"mmdportal_test_{Guid.NewGuid():N}";
    public string ConnectionString { get; }

    /// <summary>A fresh database on <paramref name="server"/>, e.g. a cluster a test runs (and stops) itself.</summary>
    public static TestPostgresDatabase OnServer(string server) => new(server);

    public static TestPostgresDatabase? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? new TestPostgresDatabase(server) : null;

    public void Drop()
    {
        // The host is gone but its pooled connections are not; FORCE ends any that a pool still holds.
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
