using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.Data;
using MmdPortal.IntegrationTests.Faults;
using MmdPortal.IntegrationTests.Monitoring;

namespace MmdPortal.IntegrationTests.Data;

/// <summary>On SQLite, a commit does not copy the WAL into the database file (which made a large upload wait for
/// it); the checkpoint worker does, at its interval on the portal's clock.</summary>
[Collection(RunAlone.Name)]
public sealed class WalCheckpointTests
{
    // ~1,500 hashes of ~4 KB: well over the 1,000 pages at which SQLite's own checkpoint would run on commit.
    private static readonly int[] Fleet = Enumerable.Range(93_000, 1_500).ToArray();

    [SqliteOnlyFact]
    public async Task AnUploadsCommitLeavesTheWal_TheCheckpointWorkerCopiesItIntoTheFile()
    {
        await using var portal = new FakeClockPortalFactory();
        var api = portal.CreateApiClient();
        var file = new FileInfo(new SqliteConnectionStringBuilder(
            portal.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:Portal"]).DataSource);
        // Closing a database's last connection checkpoints it too, and the pools are cleared by every test portal
        // that is disposed (and by restore): this connection, which never checkpoints, stays open so that only the
        // portal's own checkpoints count.
        await using var bystander = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = file.FullName, Pooling = false }.ToString());
        await bystander.OpenAsync();
        await using (var noCheckpoint = bystander.CreateCommand())
        {
            noCheckpoint.CommandText = "PRAGMA wal_autocheckpoint = 0";
            await noCheckpoint.ExecuteNonQueryAsync();
        }

        var before = SizeOf(file);

        var requestId = await portal.RegisterAsync(api, ("fleet.csv", TestCsv.Autopilot(Fleet)));
        await portal.WaitUntilCompletedAsync(api, requestId);
        var afterUpload = SizeOf(file);
        var grown = await AdvanceUntilTheFileGrowsAsync(portal, file, afterUpload);

        Assert.Equal(0, await AutoCheckpointPagesAsync(portal));
        Assert.Equal(before, afterUpload);
        Assert.True(grown > before + (Fleet.Length * 4_000L),
            $"The file grew from {before:N0} to {grown:N0} bytes; the hashes alone are {Fleet.Length * 4_000L:N0}.");
        Assert.Equal(Fleet.Length, await DevicesAsync(portal));
    }

    private static long SizeOf(FileInfo file)
    {
        file.Refresh();
        return file.Length;
    }

    /// <summary>Advances the portal's clock by the interval until the worker's checkpoint shows in the file: its
    /// timer may be set again only after the previous advance.</summary>
    private static async Task<long> AdvanceUntilTheFileGrowsAsync(FakeClockPortalFactory portal, FileInfo file, long size)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (SizeOf(file) == size)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No checkpoint copied the WAL into the database file, which stayed at {size:N0} bytes.");
            portal.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        return SizeOf(file);
    }

    private static async Task<int> DevicesAsync(FakeClockPortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Devices.IgnoreQueryFilters().CountAsync();
    }

    private static async Task<long> AutoCheckpointPagesAsync(FakeClockPortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
