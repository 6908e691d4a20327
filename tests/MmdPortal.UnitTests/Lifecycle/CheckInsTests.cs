using MmdPortal.Data.Devices;
using MmdPortal.Web.Lifecycle;
using static MmdPortal.UnitTests.Lifecycle.LifecycleWorld;

namespace MmdPortal.UnitTests.Lifecycle;

public sealed class CheckInsTests : IAsyncLifetime
{
    private readonly LifecycleWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task CheckInAsync_ReadyDevice_BecomesActiveWithATransitionByTheKey()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "READY-1");
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        var at = _world.Now.AddMinutes(-1);

        var result = await _world.CheckInAsync(At("READY-1", at, "alice@contoso.test"));

        Assert.Equal((1, 1, 1), (result.Received, result.Updated, result.Activated));
        Assert.Empty(result.Problems);
        var device = await _world.DeviceAsync("READY-1");
        Assert.Equal((DeviceStatus.Active, at, _world.Now), (device.Status, device.LastSeenAt, device.StatusChangedAt));
        var (_, transition) = Assert.Single(await _world.TransitionsAsync());
        Assert.Equal((DeviceStatus.ReadyForUser, DeviceStatus.Active), (transition.FromStatus, transition.ToStatus));
        Assert.Equal((TransitionCause.CheckIn, Agent, _world.Now), (transition.Cause, transition.Actor, transition.At));
    }

    [Fact]
    public async Task CheckInAsync_InactiveDevice_BecomesActiveAgain()
    {
        await _world.AddDevicesAsync(DeviceStatus.Inactive, ["IDLE-1"], lastSeenAt: _world.Now.AddDays(-30));

        var result = await _world.CheckInAsync(At("IDLE-1"));

        Assert.Equal(1, result.Activated);
        var device = await _world.DeviceAsync("IDLE-1");
        Assert.Equal((DeviceStatus.Active, _world.Now), (device.Status, device.LastSeenAt));
        var (_, transition) = Assert.Single(await _world.TransitionsAsync());
        Assert.Equal((DeviceStatus.Inactive, DeviceStatus.Active, TransitionCause.CheckIn),
            (transition.FromStatus, transition.ToStatus, transition.Cause));
    }

    [Fact]
    public async Task CheckInAsync_ActiveDevice_StaysActiveWithoutATransition()
    {
        await _world.AddDevicesAsync(DeviceStatus.Active, ["BUSY-1"], lastSeenAt: _world.Now.AddHours(-2));

        var result = await _world.CheckInAsync(At("BUSY-1"));

        Assert.Equal((1, 0), (result.Updated, result.Activated));
        Assert.Equal(_world.Now, (await _world.DeviceAsync("BUSY-1")).LastSeenAt);
        Assert.Empty(await _world.TransitionsAsync());
    }

    [Fact]
    public async Task CheckInAsync_OlderCheckInAfterANewerOne_MovesNeitherLastSeenAtNorPrimaryUserBack()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "LATE-1");
        var newer = _world.Now.AddMinutes(-10);

        await _world.CheckInAsync(At("LATE-1", newer, "new@contoso.test"));
        var late = await _world.CheckInAsync(At("LATE-1", newer.AddHours(-3), "old@contoso.test"));

        Assert.Equal((1, 0), (late.Updated, late.Activated));
        var device = await _world.DeviceAsync("LATE-1");
        Assert.Equal((newer, "new@contoso.test"), (device.LastSeenAt, device.PrimaryUser));
    }

    [Fact]
    public async Task CheckInAsync_SameDeviceTwiceInOneCall_TheLatestWinsWhateverTheOrder()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "TWICE-1");
        var latest = _world.Now.AddMinutes(-1);

        var result = await _world.CheckInAsync(At("TWICE-1", latest, "bob@contoso.test"), At("TWICE-1", latest.AddHours(-1), "eve@contoso.test"));

        Assert.Equal((2, 1), (result.Updated, result.Activated));
        var device = await _world.DeviceAsync("TWICE-1");
        Assert.Equal((latest, "bob@contoso.test"), (device.LastSeenAt, device.PrimaryUser));
        Assert.Single(await _world.TransitionsAsync());
    }

    [Fact]
    public async Task CheckInAsync_RecordsThePrimaryUserAndLeavesTheAssignedUser()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, ["SHARED-1"], assignedUser: "owner@contoso.test");

        await _world.CheckInAsync(At("SHARED-1", user: "colleague@contoso.test"));
        var withoutUser = await _world.CheckInAsync(At("SHARED-1"));

        Assert.Equal(1, withoutUser.Updated);
        var device = await _world.DeviceAsync("SHARED-1");
        Assert.Equal(("owner@contoso.test", "colleague@contoso.test"), (device.AssignedUser, device.PrimaryUser));
    }

    [Fact]
    public async Task CheckInAsync_OneCallWithAndWithoutUsers_KeepsThePrimaryUserWhereTheCheckInNamesNone()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "KEEP-1", "NEW-1");
        await _world.CheckInAsync(At("KEEP-1", _world.Now.AddHours(-1), "first@contoso.test"));
        _world.Time.Advance(TimeSpan.FromMinutes(1));

        var result = await _world.CheckInAsync(At("KEEP-1"), At("NEW-1", user: "second@contoso.test"));

        Assert.Equal((2, 1), (result.Updated, result.Activated));
        var kept = await _world.DeviceAsync("KEEP-1");
        var named = await _world.DeviceAsync("NEW-1");
        Assert.Equal((_world.Now, "first@contoso.test"), (kept.LastSeenAt, kept.PrimaryUser));
        Assert.Equal((_world.Now, "second@contoso.test"), (named.LastSeenAt, named.PrimaryUser));
    }

    [Fact]
    public async Task CheckInAsync_LateCheckInWithinTheSameSecond_DoesNotMoveLastSeenAtBack()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "FRACTION-1");
        var second = _world.Now.AddMinutes(-1);
        var newer = second.AddMilliseconds(500);

        await _world.CheckInAsync(At("FRACTION-1", newer, "new@contoso.test"));
        await _world.CheckInAsync(At("FRACTION-1", second.AddMilliseconds(250), "old@contoso.test"));
        await _world.CheckInAsync(At("FRACTION-1", second, "older@contoso.test"));

        var device = await _world.DeviceAsync("FRACTION-1");
        Assert.Equal((newer, "new@contoso.test"), (device.LastSeenAt, device.PrimaryUser));
    }

    [Fact]
    public async Task CheckInAsync_RecentAndOldCheckInsInOneCall_EachDeviceMovesAsItsOwnTimeSays()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "R-RECENT", "R-OLD");
        await _world.AddDevicesAsync(DeviceStatus.Inactive, ["I-RECENT", "I-OLD"], lastSeenAt: _world.Now.AddDays(-30));
        await _world.AddDevicesAsync(DeviceStatus.Active, ["A-RECENT"], lastSeenAt: _world.Now.AddDays(-1));
        var old = _world.Now.AddDays(-8);

        var result = await _world.CheckInAsync(At("R-RECENT"), At("R-OLD", old), At("I-RECENT"), At("I-OLD", old), At("A-RECENT"));

        Assert.Equal((5, 2), (result.Updated, result.Activated));
        var statuses = new List<string>();
        foreach (var serial in (string[])["R-RECENT", "R-OLD", "I-RECENT", "I-OLD", "A-RECENT"])
            statuses.Add($"{serial} {(await _world.DeviceAsync(serial)).Status}");
        Assert.Equal(["R-RECENT Active", "R-OLD Inactive", "I-RECENT Active", "I-OLD Inactive", "A-RECENT Active"], statuses);
        Assert.Equal(["I-RECENT Inactive → Active", "R-OLD ReadyForUser → Inactive", "R-RECENT ReadyForUser → Active"],
            (await _world.TransitionsAsync()).Select(t => $"{t.Serial} {t.Transition.FromStatus} → {t.Transition.ToStatus}")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CheckInAsync_SerialMatchedWithoutCaseSpacesOrPunctuation()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "PF-2A7K4Q");

        var result = await _world.CheckInAsync(new CheckIn(" pf2a7k4q ", "contoso hardware.", null, null, null));

        Assert.Equal(1, result.Activated);
    }

    [Fact]
    public async Task CheckInAsync_ReadyDeviceWhoseCheckInIsInactiveAfterOld_BecomesInactive()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "STALE-1");

        var result = await _world.CheckInAsync(At("STALE-1", _world.Now.AddDays(-8)));

        Assert.Equal((1, 0), (result.Updated, result.Activated));
        Assert.Equal(DeviceStatus.Inactive, (await _world.DeviceAsync("STALE-1")).Status);
        var (_, transition) = Assert.Single(await _world.TransitionsAsync());
        Assert.Equal((DeviceStatus.ReadyForUser, DeviceStatus.Inactive, TransitionCause.CheckIn),
            (transition.FromStatus, transition.ToStatus, transition.Cause));
    }

    [Fact]
    public async Task CheckInAsync_InactiveDeviceWithAnotherOldCheckIn_StaysInactive()
    {
        await _world.AddDevicesAsync(DeviceStatus.Inactive, ["IDLE-2"], lastSeenAt: _world.Now.AddDays(-30));

        var result = await _world.CheckInAsync(At("IDLE-2", _world.Now.AddDays(-7)));

        Assert.Equal((1, 0), (result.Updated, result.Activated));
        var device = await _world.DeviceAsync("IDLE-2");
        Assert.Equal((DeviceStatus.Inactive, _world.Now.AddDays(-7)), (device.Status, device.LastSeenAt));
    }

    [Fact]
    public async Task CheckInAsync_UnusableItems_AreReportedOneByOneAndTheOthersApplied()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "GOOD-1");
        await _world.AddDevicesAsync(DeviceStatus.RegistrationPending, "PENDING-1");
        await _world.AddDevicesAsync(DeviceStatus.RegistrationFailed, "FAILED-1");
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, ["GONE-1"], deregisteredAt: _world.Now);

        var result = await _world.CheckInAsync(
            At("PENDING-1"), At("FAILED-1"), At("NOBODY-1"), new CheckIn(" ", Manufacturer, null, null, null), null,
            new CheckIn("GOOD-1", Manufacturer, null, null, "03/04/2026"), At("GOOD-1", user: new string('u', 257)),
            At("GONE-1"), At("GOOD-1"));

        Assert.Equal((9, 1, 1), (result.Received, result.Updated, result.Activated));
        Assert.Equal(
        [
            (0, "PENDING-1", CheckInProblemKind.RegistrationPending), (1, "FAILED-1", CheckInProblemKind.RegistrationFailed),
            (2, "NOBODY-1", CheckInProblemKind.UnknownDevice), (3, null, CheckInProblemKind.MissingSerialNumber),
            (4, null, CheckInProblemKind.MissingSerialNumber), (5, "GOOD-1", CheckInProblemKind.InvalidDate),
            (6, "GOOD-1", CheckInProblemKind.UserPrincipalNameTooLong), (7, "GONE-1", CheckInProblemKind.UnknownDevice),
        ], result.Problems.Select(p => (p.Index, p.SerialNumber, p.Problem)));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Detail)));
        Assert.Equal((DeviceStatus.RegistrationPending, (DateTime?)null),
            ((await _world.DeviceAsync("PENDING-1")).Status, (await _world.DeviceAsync("PENDING-1")).LastSeenAt));
    }

    [Fact]
    public async Task CheckInAsync_AnotherOrganizationsDevice_IsUnknownAndUntouched()
    {
        var fabrikam = await _world.Database.AddOrganizationAsync("Fabrikam");
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, ["FAB-1"], organizationId: fabrikam);

        var result = await _world.CheckInAsync(At("FAB-1"));

        Assert.Equal(CheckInProblemKind.UnknownDevice, Assert.Single(result.Problems).Problem);
        Assert.Equal(DeviceStatus.ReadyForUser, (await _world.DeviceAsync("FAB-1", fabrikam)).Status);
    }

    [Fact]
    public async Task CheckInAsync_FutureTime_IsRecordedAsNowAndReportedOnlyBeyondTheClockSkew()
    {
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, "AHEAD-1", "AHEAD-2");

        var result = await _world.CheckInAsync(At("AHEAD-1", _world.Now.AddMinutes(5)), At("AHEAD-2", _world.Now.AddMinutes(5).AddSeconds(1)));

        Assert.Equal((2, 2), (result.Updated, result.Activated));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, CheckInProblemKind.ClockAhead), (problem.Index, problem.Problem));
        Assert.Equal(_world.Now, (await _world.DeviceAsync("AHEAD-1")).LastSeenAt);
        Assert.Equal(_world.Now, (await _world.DeviceAsync("AHEAD-2")).LastSeenAt);
    }

    [Fact]
    public async Task CheckInAsync_MoreThanABatch_AppliesEveryBatch()
    {
        _world.Options = new LifecycleOptions { BatchSize = 3 };
        var serials = Enumerable.Range(1, 10).Select(i => $"MANY-{i}").ToArray();
        await _world.AddDevicesAsync(DeviceStatus.ReadyForUser, serials);

        var result = await _world.CheckInAsync([.. serials.Select(s => At(s)), At("NOBODY-2")]);

        Assert.Equal((11, 10, 10), (result.Received, result.Updated, result.Activated));
        Assert.Equal(10, Assert.Single(result.Problems).Index);
        Assert.Equal(10, (await _world.TransitionsAsync()).Count);
    }
}
