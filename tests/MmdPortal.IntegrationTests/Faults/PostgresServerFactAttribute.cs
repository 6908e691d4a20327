namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A test that runs a PostgreSQL cluster of its own: skipped only where the server is not installed and no
/// PostgreSQL leg is asked for. CI installs it, so there it always runs.</summary>
public sealed class PostgresServerFactAttribute : FactAttribute
{
    public PostgresServerFactAttribute()
    {
        if (PostgresCluster.FindBinaries() is null && TestPostgresDatabase.FromEnvironment() is null)
            Skip = "The PostgreSQL server is not installed (apt-get install -y postgresql).";
    }
}
