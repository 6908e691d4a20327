using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Devices;

/// <summary>Retry and deregistration on a real database, with a fake clock: the times they record are the clock's.</summary>
public sealed class DeviceRetriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private TestDatabase _database = null!;
    private int _contoso;
    private int _fabrikam;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _contoso = await _database.AddOrganizationAsync("Contoso");
        _fabrikam = await _database.AddOrganizationAsync("Fabrikam");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Retry_PutsFailedDevicesBackToPending_UnderANewRequest_AtTheClocksTime()
    {
        var failed = await AddDeviceAsync(_contoso, "F-1", DeviceStatus.RegistrationFailed, "HASH-F1");
        _time.Advance(TimeSpan.FromDays(2));

        var result = await RetryAsync(_contoso, failed);

        Assert.Equal(1, result.Done);
        await using var db = _database.Context(_contoso);
        var device = await db.Devices.AsNoTracking().SingleAsync();
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.RequestId == result.RequestId);
        Assert.Equal((DeviceStatus.RegistrationPending, null, request.Id), (device.Status, device.Error, device.RequestId));
        Assert.Equal((RequestKind.Retry, RequestStatus.Pending, 1), (request.Kind, request.Status, request.RowCount));
        Assert.Equal(Start.AddDays(2).UtcDateTime, device.StatusChangedAt);
        var transition = await db.Transitions.AsNoTracking().SingleAsync();
        Assert.Equal((DeviceStatus.RegistrationFailed, DeviceStatus.RegistrationPending, TransitionCause.Retried, Start.AddDays(2).UtcDateTime),
            (transition.FromStatus!.Value, transition.ToStatus!.Value, transition.Cause, transition.At));
        Assert.Equal(request.Id, transition.RequestId);
    }

    [Fact]
    public async Task Retry_OfHardwareLiveInAnotherOrganisation_LeavesTheDeviceFailed_SayingWhy()
    {
        var failed = await AddDeviceAsync(_contoso, "SHARED-1", DeviceStatus.RegistrationFailed, "HASH-SHARED");
        await AddDeviceAsync(_fabrikam, "SHARED-1", DeviceStatus.ReadyForUser, "HASH-SHARED");

        var result = await RetryAsync(_contoso, failed);

        Assert.Equal((0, (Guid?)null), (result.Done, result.RequestId));
        Assert.Contains("still registered to another organization", Assert.Single(result.Problems).Problem);
        await using var db = _database.Context(_contoso);
        Assert.Equal(DeviceStatus.RegistrationFailed, (await db.Devices.AsNoTracking().SingleAsync()).Status);
        Assert.Empty(await db.Requests.Where(r => r.Kind == RequestKind.Retry).ToListAsync());
    }

    [Fact]
    public async Task Deregister_ThenRetryOfTheOtherOrganisationsDevice_Succeeds()
    {
        var failed = await AddDeviceAsync(_contoso, "SHARED-2", DeviceStatus.RegistrationFailed, "HASH-SHARED-2");
        var held = await AddDeviceAsync(_fabrikam, "SHARED-2", DeviceStatus.Active, "HASH-SHARED-2");
        _time.Advance(TimeSpan.FromHours(3));

        await using (var fabrikam = _database.Context(_fabrikam))
        {
            var deregistered = await new DeviceDeregistration(fabrikam, Retries(fabrikam), new RegistrationSignal(), Audit(fabrikam, _fabrikam), _time)
                .DeregisterAsync(_fabrikam, [held], "admin@fabrikam.test", CancellationToken.None);
            Assert.Equal(1, deregistered.Done);
            var device = await fabrikam.Devices.AsNoTracking().SingleAsync();
            Assert.Equal(Start.AddHours(3).UtcDateTime, device.DeregisteredAt);
            var last = await fabrikam.Transitions.AsNoTracking().SingleAsync();
            Assert.Equal((DeviceStatus.Active, (DeviceStatus?)null, TransitionCause.Deregistered), (last.FromStatus!.Value, last.ToStatus, last.Cause));
        }

        var result = await RetryAsync(_contoso, failed);

        Assert.Equal(1, result.Done);
    }

    private async Task<DeviceActionResult> RetryAsync(int organizationId, Guid device)
    {
        await using var db = _database.Context(organizationId);
        return await Retries(db).RetryAsync(organizationId, [device], "admin@contoso.test", CancellationToken.None);
    }

    private DeviceRetries Retries(PortalDbContext db) => new(db, new RegistrationSignal(), Audit(db, null), _time);

    private AuditLog Audit(PortalDbContext db, int? organizationId) =>
        new(db, new Scope(organizationId), new HttpContextAccessor(), _time);

    private async Task<Guid> AddDeviceAsync(int organizationId, string serial, DeviceStatus status, string hash)
    {
        await using var db = _database.Context(organizationId);
        var now = _time.GetUtcNow().UtcDateTime;
        var request = new RegistrationRequest { RequestId = Guid.CreateVersion7(), OrganizationId = organizationId, CreatedAt = now };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        var device = new Device
        {
            PublicId = Guid.CreateVersion7(), OrganizationId = organizationId, SerialNumber = serial, Status = status,
            Error = status == DeviceStatus.RegistrationFailed ? RegistrationError.DeviceClaimedByAnotherOrganization : null,
            HashKey = hash.PadRight(64, '0'), SerialKey = $"CONTOSO|{serial}", RequestId = request.Id,
            RegisteredAt = now, StatusChangedAt = now,
        };
        db.Devices.Add(device);
        await db.SaveChangesAsync();
        return device.PublicId;
    }

    private sealed class Scope(int? id) : IOrganizationScope
    {
        public int? OrganizationId => id;
    }
}
