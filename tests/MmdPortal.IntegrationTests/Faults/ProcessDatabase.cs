using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>The database of a portal that runs as its own process: a SQLite file, or a fresh PostgreSQL database when
/// <see cref="TestPostgresDatabase.Variable"/> names a server. The test reads it directly, behind the portal's back,
/// so that what it checks does not depend on the portal being up.</summary>
public sealed class ProcessDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mmdportal-faults", Guid.NewGuid().ToString("N"));
    private readonly TestPostgresDatabase? _postgres = TestPostgresDatabase.FromEnvironment();

    public ProcessDatabase() => Directory.CreateDirectory(_folder);

    public string Folder => _folder;

    public string Provider => _postgres is null ? "Sqlite" : "PostgreSQL";

    private string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={Path.Combine(_folder, "portal.db")}";

    /// <summary>The portal's settings for this database, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database__Provider"] = Provider,
        ["ConnectionStrings__Portal"] = ConnectionString,
        ["Database__MigrateOnStartup"] = "true",
    };

    public async Task<long> CountAsync(string sql)
    {
        // No pooling: nothing of the test's may hold the SQLite file, or a server connection, across a kill.
        await using DbConnection connection = _postgres is null
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _postgres?.Drop();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
