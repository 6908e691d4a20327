using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Infrastructure;

/// <summary>Database:Provider selects the provider, and a setting that cannot work stops the portal at start-up
/// with a message that says what to set.</summary>
public sealed class DatabaseProviderTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task TheTestLeg_RunsOnTheProviderItAskedFor()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Guards the PostgreSQL leg of scripts/test.sh against quietly running on SQLite again.
        var expected = TestPostgresDatabase.FromEnvironment() is null
            ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL";
        Assert.Equal(expected, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void UnknownProvider_StopsStartNamingTheSupportedValues()
    {
        using var misconfigured = new ConfiguredPortal(new() { ["Database:Provider"] = "Oracle" });

        var error = Assert.Throws<InvalidOperationException>(() => misconfigured.CreateClient());

        Assert.Contains("'Oracle' is not supported", error.Message);
        Assert.Contains("'Sqlite'", error.Message);
        Assert.Contains("'PostgreSQL'", error.Message);
    }

    [Fact]
    public void PostgreSqlWithoutAConnectionString_StopsStartNamingTheKey()
    {
        using var misconfigured = new ConfiguredPortal(new()
        {
            ["Database:Provider"] = "postgresql",
            ["ConnectionStrings:Portal"] = "",
        });

        var error = Assert.Throws<InvalidOperationException>(() => misconfigured.CreateClient());

        Assert.Contains("ConnectionStrings:Portal is required", error.Message);
    }

    private sealed class ConfiguredPortal(Dictionary<string, string?> settings) : PortalApplicationFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
