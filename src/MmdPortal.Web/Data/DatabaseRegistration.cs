using MmdPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MmdPortal.Web.Data;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Portal";

    public static IHostApplicationBuilder AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Configuration is read inside the callback, not here, so that test hosts can still override it.
        builder.Services.AddDbContext<PortalDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var provider = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
            if (string.IsNullOrWhiteSpace(provider) || provider.Equals(DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            {
                var environment = services.GetRequiredService<IHostEnvironment>();
                options.UseSqlite(SqliteConnectionString(configuration, environment),
                    sqlite => sqlite.MigrationsAssembly("MmdPortal.Migrations.Sqlite"));
                options.AddInterceptors(SqliteConnectionSettings.Instance);
            }
            else if (provider.Equals(DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
            {
                // No EnableRetryOnFailure: registrations, claims and deletions run in explicit user transactions
                // (BeginTransactionAsync), which a retrying execution strategy refuses unless every such block is
                // wrapped in strategy.ExecuteAsync and made safe to replay. A transient failure surfaces as an
                // error instead; the worker's next pass and the client's retry pick the work up again.
                options.UseSqlServer(ServerConnectionString(configuration, provider),
                    sqlServer => sqlServer.MigrationsAssembly("MmdPortal.Migrations.SqlServer"));
            }
            else if (provider.Equals(DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase))
            {
                options.UseNpgsql(ServerConnectionString(configuration, provider),
                    npgsql => npgsql.MigrationsAssembly("MmdPortal.Migrations.PostgreSql"));
            }
            else
            {
                throw new InvalidOperationException(
                    $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} '{provider}' is not supported. Use " +
                    $"'{DatabaseOptions.Sqlite}' (the default), '{DatabaseOptions.SqlServer}' or '{DatabaseOptions.PostgreSql}'.");
            }

            // Interceptors registered as services (diagnostics; the tests' simulated crashes) apply to every context.
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddHostedService<SqliteCheckpointWorker>();
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }

    /// <summary>How long a writer may queue behind uploads: SQLite's busy timeout, and the wait for PostgreSQL's upload lock.</summary>
    internal const int WriterQueueSeconds = 120;

    /// <summary>The configured connection string, or the embedded default App_Data/portal.db under the content root.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connection = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured)
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "portal.db")}"
                : configured);
        // An upload holds SQLite's single write lock for its whole transaction; writers queue behind it.
        if (connection.DefaultTimeout == 30) connection.DefaultTimeout = WriterQueueSeconds;
        return connection.ToString();
    }

    // A database server has no sensible default location: say which key is missing rather than let the
    // provider fail later with a message about an empty host.
    private static string ServerConnectionString(IConfiguration configuration, string provider)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is required with {DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} " +
                $"'{provider}' (e.g. {Example(provider)}; environment variable " +
                $"ConnectionStrings__{ConnectionStringName}).");
        return configured;
    }

    private static string Example(string provider) =>
        provider.Equals(DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase)
            ? "\"Server=db;Database=mmdportal;User ID=mmdportal;Password=...;TrustServerCertificate=True\""
            : "\"Host=db;Database=mmdportal;Username=mmdportal;Password=...\"";
}
