using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Monitoring;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Devices;

public sealed class DeviceStateAdvancerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private TestDatabase _database = null!;
    private int _contoso;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _contoso = await _database.AddOrganizationAsync("Contoso");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AdvanceAsync_PendingDevices_BecomeReadyOrFailedWithTheHashProblem()
    {
        var request = await AddRequestAsync(("GOOD-1", null), ("BAD-1", "The hardware hash is not valid base64."));
        _time.Advance(TimeSpan.FromSeconds(3));

        var moved = await AdvanceAsync(batchSize: 100);

        Assert.Equal(2, moved);
        var devices = await DevicesAsync();
        var good = devices.Single(d => d.SerialNumber == "GOOD-1");
        var bad = devices.Single(d => d.SerialNumber == "BAD-1");
        Assert.Equal((DeviceStatus.ReadyForUser, (RegistrationError?)null), (good.Status, good.Error));
        Assert.Equal((DeviceStatus.RegistrationFailed, RegistrationError.HardwareHashNotValid), (bad.Status, bad.Error));
        Assert.Equal("The hardware hash is not valid base64.", bad.ErrorDetail);
        Assert.All(devices, d => Assert.Equal(Start.AddSeconds(3).UtcDateTime, d.StatusChangedAt));
        var completed = await RequestAsync(request);
        Assert.Equal(RequestStatus.Completed, completed.Status);
        Assert.Equal(Start.AddSeconds(3).UtcDateTime, completed.CompletedAt);
    }

    [Fact]
    public async Task AdvanceAsync_MoreThanABatch_LeavesTheRestPendingAndTheRequestOpen()
    {
        var request = await AddRequestAsync(Enumerable.Range(1, 5).Select(i => ($"S{i}", (string?)null)).ToArray());

        var first = await AdvanceAsync(batchSize: 3);

        Assert.Equal(3, first);
        Assert.Equal(2, (await DevicesAsync()).Count(d => d.Status == DeviceStatus.RegistrationPending));
        Assert.Equal(RequestStatus.Pending, (await RequestAsync(request)).Status);

        var second = await AdvanceAsync(batchSize: 3);

        Assert.Equal(2, second);
        Assert.All(await DevicesAsync(), d => Assert.Equal(DeviceStatus.ReadyForUser, d.Status));
        Assert.Equal(RequestStatus.Completed, (await RequestAsync(request)).Status);
    }

    [Fact]
    public async Task AdvanceAsync_NothingPending_ChangesNothing()
    {
        await AddRequestAsync(("ONLY-1", null));
        await AdvanceAsync(batchSize: 10);
        _time.Advance(TimeSpan.FromHours(1));

        var moved = await AdvanceAsync(batchSize: 10);

        Assert.Equal(0, moved);
        Assert.Equal(Start.UtcDateTime, Assert.Single(await DevicesAsync()).StatusChangedAt);
    }

    [Fact]
    public async Task AdvanceAsync_RequestWhoseRowsCreatedNoDevice_IsCompleted()
    {
        var request = await AddRequestAsync();

        await AdvanceAsync(batchSize: 10);

        Assert.Equal(RequestStatus.Completed, (await RequestAsync(request)).Status);
    }

    [Fact]
    public async Task AdvanceAsync_RecordsOneTransitionPerDevice_WithCauseTimeAndRequest()
    {
        var request = await AddRequestAsync(("GOOD-1", null), ("BAD-1", "Cut short."));
        _time.Advance(TimeSpan.FromSeconds(2));

        await AdvanceAsync(batchSize: 100);

        await using var db = _database.Context(_contoso);
        var transitions = await db.Transitions.AsNoTracking().OrderBy(t => t.DeviceId).ToListAsync();
        Assert.Equal(2, transitions.Count);
        Assert.All(transitions, t =>
        {
            Assert.Equal((DeviceStatus?)DeviceStatus.RegistrationPending, t.FromStatus);
            Assert.Equal(TransitionCause.RegistrationChecks, t.Cause);
            Assert.Equal(request, t.RequestId);
            Assert.Equal(Start.AddSeconds(2).UtcDateTime, t.At);
            Assert.StartsWith("worker ", t.Actor);
        });
        Assert.Equal([DeviceStatus.ReadyForUser, DeviceStatus.RegistrationFailed], transitions.Select(t => t.ToStatus!.Value));
        Assert.Equal(RegistrationError.HardwareHashNotValid, transitions[1].Error);
    }

    [Fact]
    public async Task AdvanceAsync_DevicesClaimedByAPassThatDied_WaitForTheLease_ThenAreDecidedOnce()
    {
        await AddRequestAsync(("S1", null), ("S2", null));
        await using (var dead = _database.Context(null))
            Assert.Equal(2, await DeviceClaims.ClaimAsync(dead, TransitionLog.NewToken(), 100, Start.UtcDateTime,
                TimeSpan.FromMinutes(1), CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await AdvanceAsync(batchSize: 100));
        Assert.All(await DevicesAsync(), d => Assert.Equal(DeviceStatus.RegistrationPending, d.Status));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await AdvanceAsync(batchSize: 100));
        Assert.All(await DevicesAsync(), d => Assert.Equal((DeviceStatus.ReadyForUser, 2), (d.Status, d.ClaimAttempts)));
        Assert.Equal(2, await TransitionCountAsync(TransitionCause.RegistrationChecks));
    }

    [Fact]
    public async Task AdvanceAsync_DeviceWhosePassesKeepDying_FailsWithUnexpectedErrorAfterTheLastAttempt()
    {
        await AddRequestAsync(("POISON-1", null));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var dead = _database.Context(null);
            Assert.Equal(1, await DeviceClaims.ClaimAsync(dead, TransitionLog.NewToken(), 100, _time.GetUtcNow().UtcDateTime,
                TimeSpan.FromMinutes(1), CancellationToken.None));
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(1, await AdvanceAsync(batchSize: 100));

        var device = Assert.Single(await DevicesAsync());
        Assert.Equal((DeviceStatus.RegistrationFailed, RegistrationError.UnexpectedError), (device.Status, device.Error));
        // Stored as key and values: the count is a value, the words the key.
        Assert.Equal("""["3"]""", device.ErrorDetailArgs);
        Assert.Contains("interrupted 3 times", StoredText.English(device.ErrorDetail, device.ErrorDetailArgs));
    }

    [Fact]
    public async Task AdvanceAsync_ChecksThatThrowForOneDevice_FailThatDeviceOnly_AndStoreTheErrorForSupport()
    {
        var request = await AddRequestAsync(("GOOD-1", null), ("BOOM-1", null));

        await AdvanceAsync(batchSize: 100, new ThrowingFor("BOOM-1"));

        var devices = await DevicesAsync();
        Assert.Equal(DeviceStatus.ReadyForUser, devices.Single(d => d.SerialNumber == "GOOD-1").Status);
        var failed = devices.Single(d => d.SerialNumber == "BOOM-1");
        Assert.Equal((DeviceStatus.RegistrationFailed, RegistrationError.UnexpectedError), (failed.Status, failed.Error));
        Assert.DoesNotContain("InvalidOperationException", failed.ErrorDetail);
        await using var db = _database.Context(null);
        var requestId = (await db.Requests.IgnoreQueryFilters().SingleAsync(r => r.Id == request)).RequestId.ToString();
        var stored = Assert.Single(await db.Errors.Where(e => e.RequestId == requestId).ToListAsync());
        Assert.Equal(typeof(InvalidOperationException).FullName, stored.ExceptionType);
        Assert.Contains("BOOM-1", stored.Operation);
        Assert.Equal(_contoso, stored.OrganizationId);
    }

    [Fact]
    public async Task AdvanceAsync_TwoInstancesAtOnce_DecideEveryDeviceExactlyOnce()
    {
        await AddRequestAsync(Enumerable.Range(1, 2_000).Select(i => ($"P{i}", (string?)null)).ToArray());

        async Task<int> InstanceAsync()
        {
            var total = 0;
            while (true)
            {
                var moved = await AdvanceAsync(batchSize: 150);
                if (moved == 0 && (await DevicesAsync()).All(d => d.Status != DeviceStatus.RegistrationPending)) return total;
                total += moved;
            }
        }

        var counts = await Task.WhenAll(Task.Run(InstanceAsync), Task.Run(InstanceAsync));

        Assert.Equal(2_000, counts.Sum());
        Assert.All(await DevicesAsync(), d => Assert.Equal(DeviceStatus.ReadyForUser, d.Status));
        await using var db = _database.Context(_contoso);
        var perDevice = await db.Transitions.Where(t => t.Cause == TransitionCause.RegistrationChecks)
            .GroupBy(t => t.DeviceId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(2_000, perDevice.Count);
        Assert.All(perDevice, count => Assert.Equal(1, count));
    }

    private sealed class ThrowingFor(string serial) : RegistrationChecks
    {
        public override RegistrationVerdict Check(RegistrationCandidate device, CatalogView catalog) =>
            device.SerialNumber == serial ? throw new InvalidOperationException("A bug in a check.") : base.Check(device, catalog);
    }

    private async Task<int> TransitionCountAsync(TransitionCause cause)
    {
        await using var db = _database.Context(_contoso);
        return await db.Transitions.CountAsync(t => t.Cause == cause);
    }

    private async Task<int> AdvanceAsync(int batchSize, RegistrationChecks? checks = null)
    {
        await using var db = _database.Context(null);
        var options = Options.Create(new RegistrationWorkerOptions { BatchSize = batchSize });
        return await new DeviceStateAdvancer(db, new HardwareCatalog(db, new SharedCatalog(Options.Create(new CatalogOptions()))), checks ?? new RegistrationChecks(),
            new PortalMetrics(new TestMeterFactory(), new PendingBacklog(_time), _time), _time, options,
            NullLogger<DeviceStateAdvancer>.Instance).AdvanceAsync(CancellationToken.None);
    }

    private async Task<long> AddRequestAsync(params (string Serial, string? HashProblem)[] devices)
    {
        await using var db = _database.Context(_contoso);
        var now = _time.GetUtcNow().UtcDateTime;
        var request = new RegistrationRequest
        {
            RequestId = Guid.CreateVersion7(), OrganizationId = _contoso, CreatedAt = now, RowCount = devices.Length,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        db.Devices.AddRange(devices.Select(d => new Device
        {
            PublicId = Guid.CreateVersion7(), OrganizationId = _contoso, SerialNumber = d.Serial,
            Manufacturer = "Microsoft Corporation", Model = "Surface Laptop",
            HashProblem = d.HashProblem, HashKey = $"{d.Serial}-hash".PadRight(64, '0'), RequestId = request.Id,
            RegisteredAt = now, StatusChangedAt = now,
        }));
        await db.SaveChangesAsync();
        return request.Id;
    }

    private async Task<List<Device>> DevicesAsync()
    {
        await using var db = _database.Context(_contoso);
        return await db.Devices.AsNoTracking().ToListAsync();
    }

    private async Task<RegistrationRequest> RequestAsync(long id)
    {
        await using var db = _database.Context(_contoso);
        return await db.Requests.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
