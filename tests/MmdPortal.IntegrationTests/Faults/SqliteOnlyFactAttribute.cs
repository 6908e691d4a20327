namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A test of the SQLite file itself: skipped on the PostgreSQL leg, where the same test would only run
/// again on SQLite.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestPostgresDatabase.FromEnvironment() is not null)
            Skip = $"A SQLite fault; runs on the SQLite leg ({TestPostgresDatabase.Variable} is set).";
    }
}
