using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Data;

/// <summary>Contexts of each provider with the portal's migrations assemblies, for checks that build the model and
/// generate SQL but never open a connection (no SQL Server runs here, and no PostgreSQL needs to).</summary>
public static class OfflineContexts
{
    public const string SqlServer = "SqlServer";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public static TheoryData<string> Providers => [Sqlite, SqlServer, PostgreSql];

    public static PortalDbContext Create(string provider, int? organizationId = 1)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        _ = provider switch
        {
            SqlServer => options.UseSqlServer("Server=.;Database=offline;Trusted_Connection=True;TrustServerCertificate=True",
                x => x.MigrationsAssembly("MmdPortal.Migrations.SqlServer")),
            Sqlite => options.UseSqlite("Data Source=offline.db", x => x.MigrationsAssembly("MmdPortal.Migrations.Sqlite")),
            PostgreSql => options.UseNpgsql("Host=offline;Database=offline", x => x.MigrationsAssembly("MmdPortal.Migrations.PostgreSql")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        return new PortalDbContext(options.Options, new Scope(organizationId));
    }

    private sealed class Scope(int? id) : IOrganizationScope
    {
        public int? OrganizationId => id;
    }
}
