namespace MmdPortal.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Which EF Core provider to use: <see cref="Sqlite"/> (the embedded default) or
    /// <see cref="PostgreSql"/>, each with its own migrations project. SQL Server arrives with issue 7.</summary>
    public string Provider { get; init; } = Sqlite;

    /// <summary>Apply pending migrations when the portal starts.</summary>
    public bool MigrateOnStartup { get; init; } = true;
}
