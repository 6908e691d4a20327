namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A test that runs a PostgreSQL cluster of its own: it runs on the PostgreSQL leg (where CI has the server
/// installed), not again on the SQLite leg, where it would only repeat the same minutes.</summary>
public sealed class PostgresServerFactAttribute : FactAttribute
{
    public PostgresServerFactAttribute()
    {
        if (TestPostgresDatabase.FromEnvironment() is null)
            Skip = $"Runs on the PostgreSQL leg ({TestPostgresDatabase.Variable} set), with a cluster of its own.";
        else if (PostgresCluster.FindBinaries() is null)
            Skip = "The PostgreSQL server is not installed (apt-get install -y postgresql).";
    }
}
