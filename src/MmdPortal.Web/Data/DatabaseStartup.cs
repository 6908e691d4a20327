using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Creates and migrates the database, and the bootstrap organisation with its optional admin key.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));

        if (db.Database.IsSqlite()) await PrepareSqliteAsync(db);
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup)
            await db.Database.MigrateAsync();
        else await CheckSchemaAsync(db, logger);

        var bootstrap = services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == bootstrap.Organization);
        if (organization is null)
        {
            organization = new Organization { Name = bootstrap.Organization, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            logger.LogInformation("Created the bootstrap organisation {Organization}", organization.Name);
        }

        if (!string.IsNullOrWhiteSpace(bootstrap.AdminApiKey)
            && !await db.ApiKeys.IgnoreQueryFilters().AnyAsync(k => k.OrganizationId == organization.Id))
        {
            db.ApiKeys.Add(new ApiKey
            {
                OrganizationId = organization.Id,
                Name = "Bootstrap admin key",
                KeyHash = ApiKeyHasher.Hash(bootstrap.AdminApiKey.Trim()),
                Scope = ApiScopes.Admin,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
            logger.LogInformation("Created the bootstrap admin API key of {Organization}", organization.Name);
        }

        await EnsureFirstAdminAsync(services, db, bootstrap, organization.Id, logger);
        services.GetRequiredService<BootstrapOrganization>().Resolved(organization.Id, organization.Name);
    }

    // Without migrations at start-up the schema is the operator's job; running on an old one would fail request by
    // request with SQL errors, so say loudly what is missing and how to apply it. On a database without any of the
    // schema there is nothing to run on at all.
    private static async Task CheckSchemaAsync(PortalDbContext db, ILogger logger)
    {
        var pending = await DatabaseSchema.GetPendingMigrationsAsync(db);
        if (pending.Count == 0) return;
        logger.LogError("The database lacks {Count} migrations of this version of the portal ({Migrations}) and " +
            "Database:MigrateOnStartup is off: {Hint}", pending.Count, string.Join(", ", pending), DatabaseSchema.MigrateHint);
        if (!(await db.Database.GetAppliedMigrationsAsync()).Any())
            throw new InvalidOperationException(
                $"The database has no schema yet and Database:MigrateOnStartup is off: {DatabaseSchema.MigrateHint}.");
    }

    /// <summary>Bootstrap:AdminUser + Bootstrap:AdminPassword create the first admin unattended; without them
    /// the first visit shows the set-up page.</summary>
    private static async Task EnsureFirstAdminAsync(
        IServiceProvider services, PortalDbContext db, BootstrapOptions bootstrap, int organizationId, ILogger logger)
    {
        var hasUsers = await db.Users.IgnoreQueryFilters().AnyAsync(u => u.OrganizationId == organizationId);
        if (!hasUsers && !string.IsNullOrWhiteSpace(bootstrap.AdminUser) && !string.IsNullOrEmpty(bootstrap.AdminPassword))
        {
            var problem = await services.GetRequiredService<LocalAccounts>().CreateAsync(
                organizationId, bootstrap.AdminUser, bootstrap.AdminPassword, PortalRoles.Admin, CancellationToken.None);
            if (problem is not null) throw new InvalidOperationException($"Bootstrap:AdminUser cannot be created: {problem}");
            logger.LogInformation("Created the bootstrap admin {UserName}", bootstrap.AdminUser);
            hasUsers = true;
        }

        // With Entra ID there is no local first admin to create.
        services.GetRequiredService<FirstAdminSetup>().Needed =
            !hasUsers && !EntraTenants.IsConfigured(services.GetRequiredService<IConfiguration>());
    }

    /// <summary>Creates the SQLite file's folder and puts the file in WAL mode.</summary>
    internal static async Task PrepareSqliteAsync(PortalDbContext db)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // WAL lets the blade read while an upload or the worker writes; it is a property of the file, set once.
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
