using MmdPortal.Data.Devices;
using MmdPortal.Web.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static MmdPortal.UnitTests.Lifecycle.LifecycleWorld;

namespace MmdPortal.UnitTests.Lifecycle;

public sealed class InactivitySweepTests : IAsyncLifetime
{
    private readonly LifecycleWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task SweepAsync_SevenDaysToTheSecond_IsTheBoundary()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "EDGE-1");
        await _world.CheckInAsync(At("EDGE-1"));
        var seen = _world.Now;

        _world.Time.Advance(new TimeSpan(6, 23, 59, 59));
        var early = await _world.SweepAsync();
        var stillActive = (await _world.DeviceAsync("EDGE-1")).Status;
        _world.Time.Advance(TimeSpan.FromSeconds(1));
        var onTime = await _world.SweepAsync();

        Assert.Equal((0, DeviceStatus.Active), (early, stillActive));
        Assert.Equal(1, onTime);
        var device = await _world.DeviceAsync("EDGE-1");
        Assert.Equal((DeviceStatus.Inactive, seen, seen.AddDays(7)), (device.Status, device.LastSeenAt, device.StatusChangedAt));
        var (_, transition) = (await _world.TransitionsAsync())[^1];
        Assert.Equal((DeviceStatus.Active, DeviceStatus.Inactive), (transition.FromStatus, transition.ToStatus));
        Assert.Equal((TransitionCause.NoCheckIn, "system", seen.AddDays(7)), (transition.Cause, transition.Actor, transition.At));
    }

    [Fact]
    public async Task SweepAsync_ThenACheckIn_MakesTheDeviceActiveAgain()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "BACK-1");
        await _world.CheckInAsync(At("BACK-1"));
        _world.Time.Advance(TimeSpan.FromDays(10));
        await _world.SweepAsync();

        var result = await _world.CheckInAsync(At("BACK-1"));

        Assert.Equal(1, result.Activated);
        Assert.Equal(DeviceStatus.Active, (await _world.DeviceAsync("BACK-1")).Status);
        Assert.Equal(
            [(DeviceStatus.ReadyForUser, DeviceStatus.Active, TransitionCause.CheckIn, Agent),
             (DeviceStatus.Active, DeviceStatus.Inactive, TransitionCause.NoCheckIn, "system"),
             (DeviceStatus.Inactive, DeviceStatus.Active, TransitionCause.CheckIn, Agent)],
            (await _world.TransitionsAsync()).Select(t => (t.Transition.FromStatus, t.Transition.ToStatus, t.Transition.Cause, t.Transition.Actor)));
    }

    [Fact]
    public async Task SweepAsync_LeavesOtherStatusesRecentAndDeregisteredDevicesAlone()
    {
        var old = _world.Now.AddDays(-30);
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, ["READY-1"], lastSeenAt: null);
        await _world.AddDevicesAsync(DeviceStatus.Inactive, ["IDLE-1"], lastSeenAt: old);
        await _world.AddDevicesAsync(DeviceStatus.Active, ["RECENT-1"], lastSeenAt: _world.Now.AddDays(-1));
        await _world.AddDevicesAsync(DeviceStatus.Active, ["GONE-1"], lastSeenAt: old, deregisteredAt: _world.Now);

        Assert.Equal(0, await _world.SweepAsync());
        Assert.Empty(await _world.TransitionsAsync());
    }

    [Fact]
    public async Task SweepAsync_FiveThousandDevices_MovesThemAllWithOneTransitionEach()
    {
        var fabrikam = await _world.Database.AddOrganizationAsync("Fabrikam");
        await _world.AddDevicesAsync(DeviceStatus.Active, Enumerable.Range(1, 4_000).Select(i => $"OLD-{i}"), lastSeenAt: _world.Now.AddDays(-8));
        await _world.AddDevicesAsync(DeviceStatus.Active, Enumerable.Range(1, 1_000).Select(i => $"FAB-{i}"), lastSeenAt: _world.Now.AddDays(-9),
            organizationId: fabrikam);
        await _world.AddDevicesAsync(DeviceStatus.Active, Enumerable.Range(1, 500).Select(i => $"NEW-{i}"), lastSeenAt: _world.Now.AddDays(-6));

        var moved = await _world.SweepAsync();

        Assert.Equal(5_000, moved);
        await using var db = _world.Database.Context(null);
        var devices = db.Devices.IgnoreQueryFilters();
        Assert.Equal(5_000, await devices.CountAsync(d => d.Status == DeviceStatus.Inactive));
        Assert.Equal(500, await devices.CountAsync(d => d.Status == DeviceStatus.Active));
        var transitions = await db.Transitions.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        Assert.Equal(5_000, transitions.Select(t => t.DeviceId).Distinct().Count());
        Assert.All(transitions, t => Assert.Equal((TransitionCause.NoCheckIn, "system"), (t.Cause, t.Actor)));
        Assert.Equal(1_000, transitions.Count(t => t.OrganizationId == fabrikam));
    }

    [Fact]
    public async Task SweepAsync_TwoInstancesAtOnce_RecordEachTransitionOnce()
    {
        await _world.AddDevicesAsync(DeviceStatus.Active, Enumerable.Range(1, 2_000).Select(i => $"RACE-{i}"), lastSeenAt: _world.Now.AddDays(-8));

        var moved = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(SweepOnItsOwnContextAsync)));

        Assert.Equal(2_000, moved.Sum());
        var transitions = await _world.TransitionsAsync();
        Assert.Equal(2_000, transitions.Count);
        Assert.Equal(2_000, transitions.Select(t => t.Transition.DeviceId).Distinct().Count());
    }

    [Fact]
    public async Task SweepAsync_InChunks_MovesEveryStaleDeviceOnceAndLogsEach()
    {
        var stale = Enumerable.Range(1, 5).Select(i => $"CHUNK-{i}").ToArray();
        await _world.AddDevicesAsync(DeviceStatus.Active, stale, lastSeenAt: _world.Now);
        _world.Time.Advance(TimeSpan.FromDays(8));
        await _world.AddDevicesAsync(DeviceStatus.Active, ["CHUNK-FRESH"], lastSeenAt: _world.Now);
        var sweptAt = _world.Now;

        await using (var db = _world.Database.Context(null))
        {
            var moved = await new InactivitySweep(db, _world.Time, Options.Create(new LifecycleOptions()),
                NullLogger<InactivitySweep>.Instance) { ChunkSize = 2 }.SweepAsync(CancellationToken.None);
            Assert.Equal(5, moved);
        }

        foreach (var serial in stale)
            Assert.Equal((DeviceStatus.Inactive, sweptAt), ((await _world.DeviceAsync(serial)).Status, (await _world.DeviceAsync(serial)).StatusChangedAt));
        Assert.Equal(DeviceStatus.Active, (await _world.DeviceAsync("CHUNK-FRESH")).Status);
        var transitions = await _world.TransitionsAsync();
        Assert.Equal(stale, transitions.Where(t => t.Transition.Cause == TransitionCause.NoCheckIn).Select(t => t.Serial).Order());
        Assert.Equal(0, await SweepOnItsOwnContextAsync());
    }

    private async Task<int> SweepOnItsOwnContextAsync()
    {
        await using var db = _world.Database.Context(null);
        return await new InactivitySweep(db, _world.Time, Options.Create(new LifecycleOptions()),
            NullLogger<InactivitySweep>.Instance).SweepAsync(CancellationToken.None);
    }
}
