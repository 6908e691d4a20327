using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Lifecycle;

/// <summary>A database with one organisation (Contoso), fake time and the lifecycle services on top of them.</summary>
public sealed class LifecycleWorld : IAsyncLifetime
{
    public const string Manufacturer = "Contoso Hardware";
    public const string Agent = "API key 'agent'";
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);
    public TestDatabase Database { get; private set; } = null!;
    public int Contoso { get; private set; }
    public LifecycleOptions Options { get; set; } = new();

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Contoso = await Database.AddOrganizationAsync("Contoso");
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public async Task<CheckInResult> CheckInAsync(params CheckIn?[] checkIns) => await CheckInAsync(Contoso, checkIns);

    public async Task<CheckInResult> CheckInAsync(int organizationId, params CheckIn?[] checkIns)
    {
        await using var db = Database.Context(null);
        return await new CheckIns(db, Time, Microsoft.Extensions.Options.Options.Create(Options))
            .CheckInAsync(organizationId, checkIns, Agent, CancellationToken.None);
    }

    public async Task<int> SweepAsync()
    {
        await using var db = Database.Context(null);
        return await new InactivitySweep(db, Time, Microsoft.Extensions.Options.Options.Create(Options),
            NullLogger<InactivitySweep>.Instance).SweepAsync(CancellationToken.None);
    }

    public static CheckIn At(string serial, DateTime? at = null, string? user = null) =>
        new(serial, Manufacturer, "Laptop 7", user, at?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Devices of <paramref name="organizationId"/> (default Contoso) with the given serials and status.</summary>
    public async Task AddDevicesAsync(DeviceStatus status, IEnumerable<string> serials, DateTime? lastSeenAt = null,
        string? assignedUser = null, int? organizationId = null, DateTime? deregisteredAt = null)
    {
        var organization = organizationId ?? Contoso;
        await using var db = Database.Context(organization);
        var request = new RegistrationRequest
        {
            RequestId = Guid.CreateVersion7(), OrganizationId = organization, CreatedAt = Now, Status = RequestStatus.Completed,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        db.Devices.AddRange(serials.Select(serial => new Device
        {
            PublicId = Guid.CreateVersion7(), OrganizationId = organization, SerialNumber = serial, Manufacturer = Manufacturer,
            SerialKey = HardwareIdentity.SerialKey(Manufacturer, serial), Status = status, AssignedUser = assignedUser,
            LastSeenAt = lastSeenAt, DeregisteredAt = deregisteredAt, RequestId = request.Id, RegisteredAt = Now, StatusChangedAt = Now,
            Error = status == DeviceStatus.RegistrationFailed ? RegistrationError.HardwareHashNotValid : null,
        }));
        await db.SaveChangesAsync();
    }

    public Task AddDevicesAsync(DeviceStatus status, params string[] serials) => AddDevicesAsync(status, serials, null);

    public async Task<Device> DeviceAsync(string serial, int? organizationId = null)
    {
        await using var db = Database.Context(organizationId ?? Contoso);
        return await db.Devices.AsNoTracking().SingleAsync(d => d.SerialNumber == serial);
    }

    /// <summary>The transitions after the upload-free seeding, oldest first.</summary>
    public async Task<List<(string Serial, DeviceTransition Transition)>> TransitionsAsync(int? organizationId = null)
    {
        await using var db = Database.Context(organizationId ?? Contoso);
        return (await db.Transitions.AsNoTracking()
            .Join(db.Devices, t => t.DeviceId, d => d.Id, (t, d) => new { d.SerialNumber, Transition = t })
            .OrderBy(x => x.Transition.Id).ToListAsync())
            .Select(x => (x.SerialNumber, x.Transition)).ToList();
    }
}
