using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.IntegrationTests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests;

/// <summary>A real SQLite file with the real migrations applied, or a fresh PostgreSQL database when
/// <see cref="TestPostgresDatabase.Variable"/> names a server; deleted when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mmdportal-unit", Guid.NewGuid().ToString("N"));
    private readonly TestPostgresDatabase? _postgres = TestPostgresDatabase.FromEnvironment();

    private TestDatabase() => Directory.CreateDirectory(_folder);

    public string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={Path.Combine(_folder, "portal.db")}";

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.Context(organizationId: null);
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context that sees <paramref name="organizationId"/>'s data, or, with null, only what
    /// cross-organisation code reaches through IgnoreQueryFilters.</summary>
    public PortalDbContext Context(int? organizationId)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        if (_postgres is null)
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly("MmdPortal.Migrations.Sqlite"));
        else
            options.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsAssembly("MmdPortal.Migrations.PostgreSql"));
        return new PortalDbContext(options.Options, new FixedOrganization(organizationId));
    }

    public async Task<int> AddOrganizationAsync(string name)
    {
        await using var db = Context(null);
        var organization = new Organization { Name = name, CreatedAt = DateTime.UtcNow };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    public ValueTask DisposeAsync()
    {
        _postgres?.Drop();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    private sealed class FixedOrganization(int? id) : IOrganizationScope
    {
        public int? OrganizationId => id;
    }
}
