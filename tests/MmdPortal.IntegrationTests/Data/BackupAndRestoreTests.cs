using Microsoft.Data.Sqlite;

namespace MmdPortal.IntegrationTests.Data;

/// <summary>backup copies the embedded database while the portal runs; restore puts such a copy in place of a
/// database, and the portal started on it has the same devices.</summary>
public sealed class BackupAndRestoreTests : IDisposable
{
    private readonly string _scratch = SqlitePortal.NewFolder();

    public BackupAndRestoreTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public async Task BackupWhileRunning_RestoredIntoAnotherFolder_PortalThereHasTheSameDevices()
    {
        using var portal = new SqlitePortal(SqlitePortal.NewFolder());
        var client = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(client, await portal.RegisterAsync(client, ("a.csv", TestCsv.Autopilot(1, 2, 3))));
        var before = Serials(await portal.GetDevicesAsync(client));
        var backup = Path.Combine(_scratch, "portal-backup.db");

        var (backedUp, output, errors) = await DatabaseCommandHost.RunAsync(portal.Services, "backup", backup);

        Assert.True(backedUp == 0, errors);
        Assert.Contains("3 devices, integrity ok", output);
        var restoredFolder = SqlitePortal.NewFolder();
        var (restored, restoreOutput, restoreErrors) = await DatabaseCommandHost.RunAsync(
            DatabaseCommandHost.Sqlite(restoredFolder), "restore", backup);
        Assert.True(restored == 0, restoreErrors);
        Assert.Contains("3 devices", restoreOutput);
        using var restoredPortal = new SqlitePortal(restoredFolder);
        var restoredClient = restoredPortal.CreateApiClient();
        Assert.Equal(before, Serials(await restoredPortal.GetDevicesAsync(restoredClient)));
    }

    [Fact]
    public async Task BackupOntoAnExistingFile_IsRefusedWithoutForce()
    {
        using var portal = new SqlitePortal(SqlitePortal.NewFolder());
        _ = portal.Services;
        var backup = Path.Combine(_scratch, "taken.db");
        await File.WriteAllTextAsync(backup, "an earlier backup");

        var (refused, _, errors) = await DatabaseCommandHost.RunAsync(portal.Services, "backup", backup);
        var (forced, _, forcedErrors) = await DatabaseCommandHost.RunAsync(portal.Services, "backup", backup, "--force");

        Assert.Equal(1, refused);
        Assert.Contains("add --force", errors);
        Assert.True(forced == 0, forcedErrors);
        Assert.Null((await MmdPortal.Web.Data.SqliteDatabaseFile.InspectAsync(backup, CancellationToken.None)).Problem);
    }

    [Fact]
    public async Task RestoreOverAnExistingDatabase_IsRefusedWithoutForce_AndKeepsThePreviousOneWithIt()
    {
        var folder = SqlitePortal.NewFolder();
        var backup = Path.Combine(_scratch, "one-device.db");
        using (var source = new SqlitePortal(SqlitePortal.NewFolder()))
        {
            var client = source.CreateApiClient();
            await source.WaitUntilCompletedAsync(client, await source.RegisterAsync(client, ("a.csv", TestCsv.Autopilot(7))));
            Assert.Equal(0, (await DatabaseCommandHost.RunAsync(source.Services, "backup", backup)).ExitCode);
        }

        var settings = DatabaseCommandHost.Sqlite(folder);
        Assert.Equal(0, (await DatabaseCommandHost.RunAsync(settings, "migrate")).ExitCode);
        var (refused, _, errors) = await DatabaseCommandHost.RunAsync(settings, "restore", backup);
        Assert.Equal(1, refused);
        Assert.Contains("Stop the portal", errors);

        var (forced, output, forcedErrors) = await DatabaseCommandHost.RunAsync(settings, "restore", backup, "--force");

        Assert.True(forced == 0, forcedErrors);
        Assert.Contains("1 devices", output);
        var kept = Assert.Single(Directory.GetFiles(folder, "portal.db.before-restore-*"));
        Assert.Null((await MmdPortal.Web.Data.SqliteDatabaseFile.InspectAsync(kept, CancellationToken.None)).Problem);
        Assert.Equal(1, (await MmdPortal.Web.Data.SqliteDatabaseFile.InspectAsync(Path.Combine(folder, "portal.db"), CancellationToken.None)).Devices);
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("text", "is not a readable SQLite database")]
    [InlineData("other-sqlite", "not an MmdPortal one")]
    [InlineData("damaged", "")]
    public async Task RestoreOfAFileThatIsNoPortalDatabase_IsRefusedAndChangesNothing(string kind, string message)
    {
        var file = Path.Combine(_scratch, $"{kind}.db");
        await WriteAsync(kind, file);
        var folder = Path.Combine(_scratch, "data");

        var (exitCode, _, errors) = await DatabaseCommandHost.RunAsync(DatabaseCommandHost.Sqlite(folder), "restore", file);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, errors);
        Assert.Contains("nothing was restored", errors);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("SqlServer", "BACKUP DATABASE")]
    [InlineData("PostgreSQL", "pg_dump")]
    public async Task BackupAndRestoreOnADatabaseServer_AreRefusedWithAPointerToItsTools(string provider, string tool)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Portal"] = "Server=nowhere;Host=nowhere;Database=never-opened",
        };

        foreach (var verb in new[] { "backup", "restore" })
        {
            var (exitCode, _, errors) = await DatabaseCommandHost.RunAsync(settings, verb, Path.Combine(_scratch, "x.db"));

            Assert.Equal(1, exitCode);
            Assert.Contains(tool, errors);
            Assert.Contains("docs/database.md", errors);
        }
    }

    private static async Task WriteAsync(string kind, string file)
    {
        switch (kind)
        {
            case "text":
                await File.WriteAllTextAsync(file, "Device Serial Number,Windows Product ID,Hardware Hash\n");
                break;
            case "other-sqlite":
                await using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    await db.OpenAsync();
                    await using var command = db.CreateCommand();
                    command.CommandText = "CREATE TABLE Notes (Text TEXT); INSERT INTO Notes VALUES ('hello');";
                    await command.ExecuteNonQueryAsync();
                }

                break;
            default:
                // A portal database with pages overwritten in the middle: SQLite either reports it malformed or its
                // integrity check fails.
                using (var portal = new SqlitePortal(SqlitePortal.NewFolder()))
                {
                    var client = portal.CreateApiClient();
                    await portal.WaitUntilCompletedAsync(client, await portal.RegisterAsync(client, ("a.csv", TestCsv.Autopilot(1, 2, 3, 4, 5))));
                    Assert.Equal(0, (await DatabaseCommandHost.RunAsync(portal.Services, "backup", file)).ExitCode);
                }

                var bytes = await File.ReadAllBytesAsync(file);
                Array.Fill(bytes, (byte)0xA5, 4096 * 2, bytes.Length / 2);
                await File.WriteAllBytesAsync(file, bytes);
                break;
        }
    }

    private static List<string> Serials(System.Text.Json.Nodes.JsonArray devices) =>
        [.. devices.Select(d => d!["serialNumber"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }
}
