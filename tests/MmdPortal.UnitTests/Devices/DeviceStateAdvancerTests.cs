using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Devices;
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

    private async Task<int> AdvanceAsync(int batchSize)
    {
        await using var db = _database.Context(null);
        var options = Options.Create(new RegistrationWorkerOptions { BatchSize = batchSize });
        return await new DeviceStateAdvancer(db, new HardwareCatalog(db), new RegistrationChecks(), _time, options,
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
