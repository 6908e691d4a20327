using MmdPortal.Data;
using MmdPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Cli;

/// <summary>The operator's database verbs. They run before the database is prepared: <c>migrate</c> must work on
/// a database that start-up may not migrate, and <c>restore</c> must not find a file that start-up has just opened.</summary>
public static class DatabaseCommands
{
    public const string Usage = """
        Usage:
          migrate                            apply the pending migrations of the configured provider
          migrate --script [--output <file>] write the SQL of every migration (stdout by default)
          backup <file> [--force]            copy the embedded SQLite database, also while the portal runs
          restore <file> [--force]           replace the SQLite database with a backup (stop the portal first)
        """;

    private static readonly string[] Flags = ["--script", "--force"];

    /// <summary>Runs a database verb of <paramref name="args"/>; null when it is not one.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args) =>
        args is ["migrate" or "backup" or "restore", ..]
            ? await RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None)
            : null;

    /// <summary>0 done, 1 failed or refused, 2 not understood.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) words.Add(args[i]);
            else if (Flags.Contains(args[i])) options[args[i]] = "";
            else if (args[i] == "--output" && i + 1 < args.Length) options[args[i]] = args[++i];
            else return UsageError(errors, $"{args[i]} is not an option here, or needs a value.");
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var force = options.ContainsKey("--force");
        return (words, options.ContainsKey("--script")) switch
        {
            (["migrate"], false) when options.Count == 0 => await MigrateAsync(provider, output, errors, cancellationToken),
            (["migrate"], true) when !force => await WriteScriptAsync(provider, options.GetValueOrDefault("--output"), output, cancellationToken),
            (["backup", var file], false) when !options.ContainsKey("--output") =>
                await WithSqliteAsync(provider, errors, sqlite => sqlite.BackupAsync(file, force, output, errors, cancellationToken)),
            (["restore", var file], false) when !options.ContainsKey("--output") =>
                await WithSqliteAsync(provider, errors, sqlite => sqlite.RestoreAsync(file, force, output, errors, cancellationToken)),
            _ => UsageError(errors, $"'{string.Join(' ', args)}' is not a database command."),
        };
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        try
        {
            if (db.Database.IsSqlite()) await DatabaseStartup.PrepareSqliteAsync(db);
            var pending = await DatabaseSchema.GetPendingMigrationsAsync(db, cancellationToken);
            if (pending.Count == 0)
            {
                output.WriteLine($"The {db.Database.ProviderName} database is up to date; no migration to apply.");
                return 0;
            }

            await db.Database.MigrateAsync(cancellationToken);
            foreach (var migration in pending) output.WriteLine($"Applied {migration}");
            output.WriteLine($"Applied {pending.Count} migrations to the {db.Database.ProviderName} database.");
            return 0;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            errors.WriteLine($"Migrating failed: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> WriteScriptAsync(IServiceProvider services, string? file, TextWriter output, CancellationToken cancellationToken)
    {
        var script = MigrationScripts.Generate(services.GetRequiredService<PortalDbContext>());
        if (file is null)
        {
            await output.WriteAsync(script);
            return 0;
        }

        await File.WriteAllTextAsync(file, script, cancellationToken);
        output.WriteLine($"Wrote the migrations script to {Path.GetFullPath(file)}");
        return 0;
    }

    // Backups of a database server are the server's business (BACKUP DATABASE, pg_dump), not this portal's.
    private static async Task<int> WithSqliteAsync(IServiceProvider services, TextWriter errors, Func<SqliteBackup, Task<int>> verb)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.IsSqlite)
        {
            errors.WriteLine($"backup and restore copy the embedded SQLite database; with Database:Provider '{options.ProviderOrDefault}' " +
                "use the server's own tools (SQL Server: BACKUP DATABASE … TO DISK / RESTORE DATABASE; PostgreSQL: pg_dump -Fc / pg_restore), " +
                "see docs/database.md.");
            return 1;
        }

        var connection = DatabaseRegistration.SqliteConnectionString(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        return await verb(new SqliteBackup(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource,
            services.GetRequiredService<TimeProvider>()));
    }

    private static int UsageError(TextWriter errors, string problem)
    {
        errors.WriteLine(problem);
        errors.WriteLine(Usage);
        return 2;
    }
}
