namespace MmdPortal.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";

    /// <summary>Which EF Core provider to use. SQLite is the embedded default; the server providers arrive with
    /// their own migrations projects.</summary>
    public string Provider { get; init; } = Sqlite;

    /// <summary>Apply pending migrations when the portal starts.</summary>
    public bool MigrateOnStartup { get; init; } = true;
}
