using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Data;

/// <summary>The unique hardware indexes filter on "no error" to mean "not failed"; the database holds the two
/// equal, so no code path can leave failed hardware blocking a live device, or live hardware outside the index.</summary>
public sealed class DeviceErrorMeansFailedTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _contoso;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _contoso = await _database.AddOrganizationAsync("Contoso");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(DeviceStatus.RegistrationFailed, null)]
    [InlineData(DeviceStatus.RegistrationPending, RegistrationError.DeviceNotFound)]
    [InlineData(DeviceStatus.ReadyForUser, RegistrationError.UnexpectedError)]
    [InlineData(DeviceStatus.Active, RegistrationError.DeviceAlreadyRegistered)]
    public async Task SaveChanges_StatusAndErrorDisagree_IsRefusedByTheDatabase(DeviceStatus status, RegistrationError? error)
    {
        var exception = await Record.ExceptionAsync(() => AddDeviceAsync(status, error));

        Assert.IsType<DbUpdateException>(exception);
        Assert.Contains("CK_Devices_ErrorMeansFailed", exception.InnerException?.Message ?? exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(DeviceStatus.RegistrationFailed, RegistrationError.DeviceNotFound)]
    [InlineData(DeviceStatus.RegistrationPending, null)]
    [InlineData(DeviceStatus.Inactive, null)]
    public async Task SaveChanges_StatusAndErrorAgree_IsStored(DeviceStatus status, RegistrationError? error)
    {
        await AddDeviceAsync(status, error);

        await using var db = _database.Context(_contoso);
        var stored = await db.Devices.SingleAsync();
        Assert.Equal((status, error), (stored.Status, stored.Error));
    }

    private async Task AddDeviceAsync(DeviceStatus status, RegistrationError? error)
    {
        await using var db = _database.Context(_contoso);
        var now = new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);
        var request = new RegistrationRequest { RequestId = Guid.CreateVersion7(), OrganizationId = _contoso, CreatedAt = now, RowCount = 1 };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        db.Devices.Add(new Device
        {
            PublicId = Guid.CreateVersion7(), OrganizationId = _contoso, SerialNumber = "PF3ABC12", RequestId = request.Id,
            Status = status, Error = error, RegisteredAt = now, StatusChangedAt = now,
        });
        await db.SaveChangesAsync();
    }
}
