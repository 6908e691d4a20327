namespace MmdPortal.IntegrationTests.Data;

/// <summary>Tests that must not run beside a restore: restoring clears every SQLite connection pool of the process,
/// and closing a database's last connection checkpoints its WAL, whichever portal of the test run it belongs to.</summary>
public static class SqliteConnectionPools
{
    public const string Name = "SQLite connection pools";
}
