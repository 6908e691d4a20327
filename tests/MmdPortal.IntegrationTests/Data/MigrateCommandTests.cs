using MmdPortal.Data;
using MmdPortal.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Data;

/// <summary>With Database:MigrateOnStartup off, the operator migrates with the <c>migrate</c> verb, and a portal
/// on a database without its schema refuses to start, naming that verb. On the PostgreSQL leg these run on a
/// fresh PostgreSQL database, as a server deployment would.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = SqlitePortal.NewFolder();
    private readonly TestPostgresDatabase? _postgres = TestPostgresDatabase.FromEnvironment();

    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_AppliesEveryMigration_ThenHasNothingToDo()
    {
        var (exitCode, output, errors) = await DatabaseCommandHost.RunAsync(Settings(), "migrate");
        var (again, againOutput, _) = await DatabaseCommandHost.RunAsync(Settings(), "migrate");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("_Initial", output);
        Assert.Contains("_BladeSorting", output);
        Assert.Equal(0, again);
        Assert.Contains("up to date", againOutput);
    }

    [Fact]
    public void PortalWithoutMigrateOnStartup_OnAnEmptyDatabase_RefusesToStartNamingMigrate()
    {
        using var portal = new Portal(_folder, _postgres, Settings());

        var error = Assert.Throws<InvalidOperationException>(() => portal.CreateClient());

        Assert.Contains("no schema yet", error.Message);
        Assert.Contains("migrate", error.Message);
    }

    [Fact]
    public async Task PortalWithoutMigrateOnStartup_AfterMigrate_StartsWithNothingPending()
    {
        Assert.Equal(0, (await DatabaseCommandHost.RunAsync(Settings(), "migrate")).ExitCode);
        using var portal = new Portal(_folder, _postgres, Settings());

        await using var scope = portal.Services.CreateAsyncScope();

        Assert.Empty(await DatabaseSchema.GetPendingMigrationsAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>()));
        using var response = await portal.CreateApiClient().GetAsync("/api/v1/devices");
        await response.ReadJsonAsync();
    }

    [Fact]
    public async Task MigrateScript_ForSqlServer_IsWrittenWithoutAServer()
    {
        var file = Path.Combine(_folder, "sqlserver.sql");
        Directory.CreateDirectory(_folder);

        var (exitCode, _, errors) = await DatabaseCommandHost.RunAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlserver",
            ["ConnectionStrings:Portal"] = "Server=nowhere.invalid;Database=never-opened;Connect Timeout=1",
        }, "migrate", "--script", "--output", file);

        Assert.True(exitCode == 0, errors);
        var script = await File.ReadAllTextAsync(file);
        Assert.Contains("CREATE TABLE [Devices]", script);
        Assert.Contains("IF NOT EXISTS", script);
    }

    [Theory]
    [InlineData("migrate", "--force")]
    [InlineData("migrate", "--output")]
    [InlineData("backup")]
    public async Task DatabaseVerbs_NotUnderstood_ExitWithUsage(params string[] args)
    {
        var (exitCode, _, errors) = await DatabaseCommandHost.RunAsync(Settings(), args);

        Assert.Equal(2, exitCode);
        Assert.Contains("migrate --script", errors);
    }

    // MigrateOnStartup off, as a server deployment has it by default; SQLite would otherwise migrate at start-up.
    private Dictionary<string, string?> Settings()
    {
        var settings = _postgres is null
            ? DatabaseCommandHost.Sqlite(_folder)
            : new() { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Portal"] = _postgres.ConnectionString };
        settings["Database:MigrateOnStartup"] = "false";
        return settings;
    }

    private sealed class Portal(string folder, TestPostgresDatabase? postgres, IReadOnlyDictionary<string, string?> settings)
        : PortalApplicationFactory(folder, postgres)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;

        // The test class drops its database itself.
        protected override bool OwnsDatabase => false;
    }

    public void Dispose()
    {
        _postgres?.Drop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
