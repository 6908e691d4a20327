using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Devices;

/// <summary>The blade's hot queries use the indexes made for them on SQLite (EXPLAIN QUERY PLAN over the migrated
/// schema): a search by serial number seeks, the counts read an index alone. A change to a query or an index that
/// makes them read the organisation's devices from the table fails here, not at a million devices.</summary>
public sealed class HotQueryPlansTests
{
    [Fact]
    public async Task SearchBySerialPrefix_SeeksTheSerialIndex()
    {
        await using var db = await MigratedAsync();
        var list = new DeviceList(db);
        var filter = new DeviceFilter(Search: "5cg1234") { SearchMatch = DeviceSearchMatch.SerialPrefix };

        var plan = await PlanAsync(list.Filtered(filter).OrderByDescending(d => d.Id).Take(101));

        Assert.Contains("USING INDEX IX_Devices_OrganizationId_SerialNumberSearch (OrganizationId=? AND SerialNumberSearch>? AND SerialNumberSearch<?)", plan);
    }

    [Fact]
    public async Task StatusCounts_ReadOnlyTheStatusIndex()
    {
        await using var db = await MigratedAsync();
        var list = new DeviceList(db);
        var live = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);

        var byStatus = await PlanAsync(live.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }));
        // CountAsync's COUNT(*) reads no column; Id stands in for it here (a scalar has no command to explain).
        var needsLicence = await PlanAsync(live.Where(list.NeedsLicence).Select(d => d.Id));

        Assert.Contains("USING COVERING INDEX IX_Devices_OrganizationId_Status_Id_Live (OrganizationId=?)", byStatus);
        Assert.Contains("USING COVERING INDEX IX_Devices_OrganizationId_Status_Id_Live (OrganizationId=? AND Status=?)", needsLicence);
    }

    [Fact]
    public async Task StatusFilter_ReadsTheStatusIndexInIdOrder()
    {
        await using var db = await MigratedAsync();
        var list = new DeviceList(db);

        var plan = await PlanAsync(list.Filtered(new DeviceFilter(DeviceStatus.Active)).OrderByDescending(d => d.Id).Take(101));

        Assert.Contains("IX_Devices_OrganizationId_Status_Id_Live (OrganizationId=? AND Status=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task InactivitySweepChunk_ReadsStaleDevicesFromTheActiveDevicesIndex()
    {
        await using var db = await MigratedAsync();
        var cutoff = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var chunk = db.Devices.IgnoreQueryFilters()
            .Where(d => d.Status == DeviceStatus.Active && d.DeregisteredAt == null && d.LastSeenAt <= cutoff)
            .OrderBy(d => d.LastSeenAt).Take(InactivitySweep.DefaultChunkSize).Select(d => d.Id);

        var plan = await PlanAsync(chunk);

        Assert.Contains("IX_Devices_Active_LastSeenAt (LastSeenAt<?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task WorkerClaim_ReadsThePendingDevicesIndexInIdOrder()
    {
        await using var db = await MigratedAsync();

        var plan = await PlanAsync(DeviceClaims.Claimable(db, 5_000, DateTime.UtcNow).Select(d => d.Id));

        Assert.Contains("IX_Devices_Pending", plan);
        Assert.DoesNotContain("SCAN Devices", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task LiveHardwareLookup_SeeksTheUniqueHardwareIndexes()
    {
        await using var db = await MigratedAsync();
        var live = db.Devices.IgnoreQueryFilters().WhereLive();

        var byHash = await PlanAsync(live.Where(d => d.HashKey == "h").Select(d => d.Id));
        var bySerial = await PlanAsync(live.Where(d => d.SerialKey == "s").Select(d => d.Id));

        Assert.Contains("USING INDEX IX_Devices_HashKey_Live (HashKey=?)", byHash);
        Assert.Contains("USING INDEX IX_Devices_SerialKey_Live (SerialKey=?)", bySerial);
    }

    [Fact]
    public async Task InactivitySweepChunkUpdate_OnSqlite_LooksUpTheChunksIdsByPrimaryKey()
    {
        await using var db = await MigratedAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + InactivitySweep.SqliteUpdate
            .Replace("{0}", "@p0", StringComparison.Ordinal).Replace("{1}", "@p1", StringComparison.Ordinal)
            .Replace("{2}", "@p2", StringComparison.Ordinal).Replace("{3}", "@p3", StringComparison.Ordinal);
        foreach (var (name, value) in new (string, object)[] { ("@p0", "[1,2,3]"), ("@p1", 2), ("@p2", "2026-11-01 00:00:00"), ("@p3", 1) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        var plan = string.Join("\n", lines);

        Assert.Contains("SCAN Chunk", plan);
        Assert.Contains("SEARCH Devices USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotContain("SCAN Devices", plan);
    }

    // An in-memory database lives as long as its connection: the context opens it once and keeps it.
    private static async Task<PortalDbContext> MigratedAsync()
    {
        var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly("MmdPortal.Migrations.Sqlite")).Options, new Scope(1));
        await db.Database.OpenConnectionAsync();
        await db.Database.MigrateAsync();
        return db;
    }

    private static async Task<string> PlanAsync<T>(IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    private sealed class Scope(int? id) : IOrganizationScope
    {
        public int? OrganizationId => id;
    }
}
