using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Which EF Core provider to use: <see cref="Sqlite"/> (the embedded default), <see cref="SqlServer"/>
    /// or <see cref="PostgreSql"/> (case-insensitive), each with its own migrations project.</summary>
    public string Provider { get; init; } = Sqlite;

    /// <summary>Apply pending migrations when the portal starts. Unset means yes for the embedded SQLite file and no
    /// for a database server, whose schema changes are the DBA's (<c>migrate</c> or the scripts in docs/sql);
    /// see <see cref="ShouldMigrateOnStartup"/>.</summary>
    public bool? MigrateOnStartup { get; init; }

    /// <summary>SQLite only: how often <see cref="SqliteCheckpointWorker"/> copies the WAL into the database file.
    /// Checked at start: a negative interval would stop the worker's loop, and with it the portal.</summary>
    [TimeSpanRange("00:00:00.100", "01:00:00")]
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The configured provider, or the default for an empty setting.</summary>
    public string ProviderOrDefault => string.IsNullOrWhiteSpace(Provider) ? Sqlite : Provider.Trim();

    public bool IsSqlite => ProviderOrDefault.Equals(Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="MigrateOnStartup"/> as set, or the default of the provider.</summary>
    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? IsSqlite;
}
