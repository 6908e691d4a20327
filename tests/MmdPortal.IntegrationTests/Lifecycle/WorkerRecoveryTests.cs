using System.Data.Common;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>The registration worker survives its host stopping at the worst moments, and several hosts on one
/// database share the work with every device decided exactly once. Runs on SQLite and on PostgreSQL.</summary>
public sealed class WorkerRecoveryTests
{
    private static readonly Dictionary<string, string?> ManualWorker = new() { ["Registration:WorkerEnabled"] = "false" };

    public enum CrashPoint
    {
        /// <summary>The pass claimed its devices (committed), then the host died.</summary>
        AfterClaim,

        /// <summary>The pass wrote every verdict inside its transaction, then the host died before committing.</summary>
        BeforeCommit,
    }

    [Theory]
    [InlineData(CrashPoint.AfterClaim)]
    [InlineData(CrashPoint.BeforeCommit)]
    public async Task HostStoppedMidBatch_EveryDeviceIsDecidedExactlyOnceAfterARestart(CrashPoint crash)
    {
        await using var portal = new ManualWorkerPortalFactory();
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("fleet.csv", TestCsv.Autopilot(Enumerable.Range(31_000, 300).ToArray())));

        await using (var dying = portal.SecondInstance(ManualWorker, services: s => s.AddSingleton<IInterceptor>(new DieBeforeTheTransitions())))
        {
            await using var scope = dying.Services.CreateAsyncScope();
            if (crash == CrashPoint.AfterClaim)
                await DeviceClaims.ClaimAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), TransitionLog.NewToken(),
                    1_000, DateTime.UtcNow, TimeSpan.FromMinutes(1), CancellationToken.None);
            else
                await Assert.ThrowsAsync<SimulatedCrashException>(() =>
                    scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(CancellationToken.None));
        }

        // Whatever the dead pass did before committing is gone; its claim holds until the lease runs out.
        Assert.Equal((300, 0), await CountAsync(portal));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var restarted = portal.SecondInstance(ManualWorker, clock);
        Assert.Equal(0, await AdvanceAsync(restarted));

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(300, await AdvanceAsync(restarted));

        Assert.Equal((0, 300), await CountAsync(portal));
        Assert.Equal("Completed", (await portal.GetRequestAsync(api, requestId))["status"]!.GetValue<string>());
        Assert.All(await portal.GetDevicesAsync(api), d => Assert.Equal("ReadyForUser", d!["status"]!.GetValue<string>()));
        Assert.Equal(300, (await portal.CountAllAsync()).Devices);
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_DecideTenThousandPendingDevices_EachExactlyOnce()
    {
        await using var portal = new ManualWorkerPortalFactory();
        await AddPendingDevicesAsync(portal, 10_000);
        static Dictionary<string, string?> Host(string name) => new()
        {
            ["Registration:InstanceName"] = name, ["Registration:BatchSize"] = "250", ["Registration:PollInterval"] = "00:00:00.100",
        };
        await using var hostA = portal.SecondInstance(Host("host-a"));
        await using var hostB = portal.SecondInstance(Host("host-b"));

        hostA.Services.GetRequiredService<RegistrationSignal>().Wake();
        hostB.Services.GetRequiredService<RegistrationSignal>().Wake();
        var deadline = DateTime.UtcNow.AddSeconds(50);
        while ((await CountAsync(portal)).Pending > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The two hosts did not decide 10,000 devices within 50 s.");
            await Task.Delay(100);
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var decisions = await db.Transitions.IgnoreQueryFilters().Where(t => t.Cause == TransitionCause.RegistrationChecks)
            .GroupBy(t => t.DeviceId).Select(g => new { Count = g.Count(), Actor = g.Max(t => t.Actor) }).ToListAsync();
        Assert.Equal(10_000, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(1, d.Count));
        Assert.Equal(10_000, await db.Devices.IgnoreQueryFilters().CountAsync(d => d.Status == DeviceStatus.ReadyForUser));
        // PostgreSQL's SKIP LOCKED lets both hosts claim side by side; SQLite's single writer may favour one.
        if (db.Database.IsNpgsql())
            Assert.Equal(["worker host-a", "worker host-b"], decisions.Select(d => d.Actor).Distinct().Order());
    }

    private static async Task AddPendingDevicesAsync(ManualWorkerPortalFactory portal, int count)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organizationId = scope.ServiceProvider.GetRequiredService<MmdPortal.Web.Organizations.BootstrapOrganization>().Id;
        var now = DateTime.UtcNow;
        var request = new RegistrationRequest
        {
            RequestId = Guid.CreateVersion7(), OrganizationId = organizationId, CreatedAt = now, RowCount = count,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        db.Devices.AddRange(Enumerable.Range(1, count).Select(i => new Device
        {
            PublicId = Guid.CreateVersion7(), OrganizationId = organizationId, SerialNumber = $"BULK-{i:D6}",
            Manufacturer = "Microsoft Corporation", Model = "Surface Laptop", HashKey = i.ToString("D64", System.Globalization.CultureInfo.InvariantCulture),
            SerialKey = $"MICROSOFT|BULK-{i:D6}", RequestId = request.Id, RegisteredAt = now, StatusChangedAt = now,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<int> AdvanceAsync(PortalApplicationFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(CancellationToken.None);
    }

    private static async Task<(int Pending, int Decisions)> CountAsync(ManualWorkerPortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Devices.IgnoreQueryFilters().CountAsync(d => d.Status == DeviceStatus.RegistrationPending),
            await db.Transitions.IgnoreQueryFilters().CountAsync(t => t.Cause == TransitionCause.RegistrationChecks));
    }

    /// <summary>Fails the statement that logs a pass's transitions: the last one before the pass commits.</summary>
    private sealed class DieBeforeTheTransitions : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"DeviceTransitions\"", StringComparison.Ordinal)
                ? throw new SimulatedCrashException()
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private sealed class SimulatedCrashException() : Exception("The host died here.");
}
