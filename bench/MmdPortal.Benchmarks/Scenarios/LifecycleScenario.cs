using System.Diagnostics;
using System.Globalization;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Results;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Scenario 4: the inactivity sweep over a fleet of Active devices, 30 % of them unseen for 8 days.</summary>
/// <remarks>The portal runs its sweep every second here. The fleet is seeded as seen an hour ago (nothing to
/// sweep); one UPDATE then makes 30 % of it 8 days old, and its commit is the trigger. The sweep waits for that
/// UPDATE's write lock (SQLite) or runs within the next second, so the time measured from the commit until the last
/// device is Inactive includes up to one second of the sweep's interval.</remarks>
public static class LifecycleScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var options = context.Options;
        var database = context.Database;
        await using var portal = await context.StartPortalAsync("lifecycle",
            new Dictionary<string, string> { ["Lifecycle__SweepInterval"] = "00:00:01" });
        var organizations = await database.AddOrganizationsAsync(options.Organizations, "Lifecycle");
        var seeding = await FleetSeeder.SeedAsync(database, organizations.Select(o => o.Id).ToList(), options.LifecycleDevices,
            (_, device, now) =>
            {
                device.Status = 3;
                device.LastSeenAt = now.AddHours(-1);
            });
        var size = options.LifecycleDevices.ToString("N0", CultureInfo.InvariantCulture);
        context.Results.Note($"lifecycle {size}: seeded in {seeding.TotalSeconds:0} s (not measured)");

        var stale = DateTime.UtcNow.AddDays(-8);
        var expected = await database.ExecuteAsync("""UPDATE "Devices" SET "LastSeenAt" = @stale WHERE "Id" % 10 < 3""", ("stale", stale));
        var clock = Stopwatch.StartNew();
        long inactive;
        while ((inactive = await database.ScalarAsync("""SELECT COUNT(*) FROM "Devices" WHERE "Status" = 4""")) < expected)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"Only {inactive:N0} of {expected:N0} devices became Inactive.");
            await Task.Delay(50);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        context.Results.Add(new Measurement("lifecycle", size, $"sweep of {expected:N0} stale devices, trigger to all Inactive",
            seconds, "s", "≤ 5 s", seconds <= 5));
    }
}
