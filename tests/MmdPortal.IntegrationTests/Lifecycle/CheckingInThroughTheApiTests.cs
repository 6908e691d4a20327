using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>Device agents check devices in with a key of scope <c>checkin</c>; the registration worker is driven by hand
/// so that some devices can stay Registration Pending.</summary>
public sealed class CheckingInThroughTheApiTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>
{
    private readonly HttpClient _admin = portal.CreateApiClient();

    [Fact]
    public async Task CheckInKey_ActivatesReadyDevicesAndReportsTheOthersPerItem()
    {
        var agent = portal.CreateApiClient(await portal.CreateApiKeyAsync("checkin"));
        var ready = await RegisterAsync(7101);
        await portal.RegisterAsync(_admin, ("pending.csv", TestCsv.Autopilot(7102)));
        var pending = (await portal.GetDevicesAsync(_admin, "status=RegistrationPending"))
            .Single(d => d!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(7102))!;
        var at = DateTime.UtcNow.AddMinutes(-3);

        using var response = await portal.CheckInAsync(agent,
            Item(ready, at, "alice@contoso.test"), Item(pending), new { serialNumber = "NOBODY-7103", manufacturer = "Contoso" },
            new { manufacturer = "Contoso" }, new { serialNumber = ready["serialNumber"]!.GetValue<string>(), at = "yesterday" });

        var body = await response.ReadJsonAsync();
        Assert.Equal((5, 1, 1), (body["received"]!.GetValue<int>(), body["updated"]!.GetValue<int>(), body["activated"]!.GetValue<int>()));
        Assert.Equal(
            [(1, TestCsv.Serial(7102), "RegistrationPending"), (2, "NOBODY-7103", "UnknownDevice"), (3, null, "MissingSerialNumber"),
             (4, ready["serialNumber"]!.GetValue<string>(), "InvalidDate")],
            body["problems"]!.AsArray().Select(p => (p!["index"]!.GetValue<int>(), p["serialNumber"]?.GetValue<string>(), p["problem"]!.GetValue<string>())));
        var device = await GetDeviceAsync(ready);
        Assert.Equal("Active", device["status"]!.GetValue<string>());
        Assert.Equal("alice@contoso.test", device["primaryUser"]!.GetValue<string>());
        Assert.Null(device["assignedUser"]?.GetValue<string>());
        Assert.Equal(at.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            device["lastSeenAt"]!.GetValue<DateTime>().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        Assert.Equal("RegistrationPending", (await GetDeviceAsync(pending))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckInAndSweep_AreRecordedWithCauseAndActor()
    {
        var key = await portal.CreateApiKeyAsync("checkin");
        var ready = await RegisterAsync(7111);
        var stale = await RegisterAsync(7112);

        using var fresh = await portal.CheckInAsync(portal.CreateApiClient(key), Item(ready));
        await fresh.ReadJsonAsync();
        await BackdateAsync(ready, TimeSpan.FromDays(8));
        using var old = await portal.CheckInAsync(portal.CreateApiClient(key), Item(stale, DateTime.UtcNow.AddDays(-9)));
        await old.ReadJsonAsync();
        var swept = await portal.SweepAsync();

        Assert.True(swept >= 1);
        Assert.Equal("Inactive", (await GetDeviceAsync(ready))["status"]!.GetValue<string>());
        Assert.Equal("Inactive", (await GetDeviceAsync(stale))["status"]!.GetValue<string>());
        Assert.Equal(
            [(DeviceStatus.ReadyForUser, DeviceStatus.Active, TransitionCause.CheckIn, "API key 'checkin'"),
             (DeviceStatus.Active, DeviceStatus.Inactive, TransitionCause.NoCheckIn, "system")],
            await TransitionsAsync(ready));
        Assert.Equal([(DeviceStatus.ReadyForUser, DeviceStatus.Inactive, TransitionCause.CheckIn, "API key 'checkin'")],
            await TransitionsAsync(stale));
    }

    [Theory]
    [InlineData("read", HttpStatusCode.Forbidden)]
    [InlineData("checkin", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Scope_DecidesWhoMayCheckIn(string scope, HttpStatusCode expected)
    {
        var client = portal.CreateApiClient(await portal.CreateApiKeyAsync(scope));

        using var response = await portal.CheckInAsync(client, new { serialNumber = "ANY-7121" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAKey_Is401()
    {
        using var response = await portal.CheckInAsync(portal.CreateClient(), new { serialNumber = "ANY-7122" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MoreCheckInsThanTheMaximum_Is400SayingSo()
    {
        var devices = Enumerable.Range(0, 10_001).Select(i => (object)new { serialNumber = $"S{i}" }).ToArray();

        using var response = await portal.CheckInAsync(_admin, devices);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 10,000", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task TenThousandCheckIns_AreAnsweredInOneCall()
    {
        var ready = await RegisterAsync(7131);
        var devices = Enumerable.Range(0, 10_000)
            .Select(i => i == 9_999 ? Item(ready) : new { serialNumber = $"UNKNOWN-{i}", manufacturer = "Contoso" }).ToArray();

        using var response = await portal.CheckInAsync(_admin, devices);

        var body = await response.ReadJsonAsync();
        Assert.Equal((10_000, 1, 1), (body["received"]!.GetValue<int>(), body["updated"]!.GetValue<int>(), body["activated"]!.GetValue<int>()));
        Assert.Equal(9_999, body["problems"]!.AsArray().Count);
    }

    [Fact]
    public async Task BodyThatIsNotCheckIns_Is400()
    {
        using var content = new StringContent("{ \"devices\": [ { \"serialNumber\": ", Encoding.UTF8, "application/json");
        using var malformed = await _admin.PostAsync("/api/v1/checkins", content);
        using var missing = await portal.CheckInAsync(_admin, null!);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task BodyBeyondTheLimit_Is413()
    {
        var padding = new string('x', 11 * 1024 * 1024);
        using var content = new StringContent($"{{ \"devices\": [], \"padding\": \"{padding}\" }}", Encoding.UTF8, "application/json");

        using var response = await _admin.PostAsync("/api/v1/checkins", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnotherOrganizationsDevice_IsUnknownAndStaysReady()
    {
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam-7141"));
        await portal.RegisterAsync(fabrikam, ("fabrikam.csv", TestCsv.Autopilot(7141)));
        await portal.AdvanceAsync();
        var device = (await portal.GetDevicesAsync(fabrikam)).Single()!;

        using var response = await portal.CheckInAsync(_admin, Item(device));

        var body = await response.ReadJsonAsync();
        Assert.Equal("UnknownDevice", body["problems"]![0]!["problem"]!.GetValue<string>());
        Assert.Equal("ReadyForUser", (await portal.GetDevicesAsync(fabrikam)).Single()!["status"]!.GetValue<string>());
    }

    private static object Item(JsonNode device, DateTime? at = null, string? user = null) => new
    {
        serialNumber = device["serialNumber"]!.GetValue<string>(),
        manufacturer = device["manufacturer"]?.GetValue<string>(),
        model = device["model"]?.GetValue<string>(),
        userPrincipalName = user,
        at = at?.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>Registers one device and lets the worker make it Ready for user.</summary>
    private async Task<JsonNode> RegisterAsync(int seed)
    {
        await portal.RegisterAsync(_admin, ($"{seed}.csv", TestCsv.Autopilot(seed)));
        await portal.AdvanceAsync();
        return (await portal.GetDevicesAsync(_admin, $"search={TestCsv.Serial(seed)}")).Single()!;
    }

    private async Task<JsonNode> GetDeviceAsync(JsonNode device)
    {
        using var response = await _admin.GetAsync($"/api/v1/devices/{device["id"]!.GetValue<Guid>()}");
        return await response.ReadJsonAsync();
    }

    private async Task BackdateAsync(JsonNode device, TimeSpan by)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = device["id"]!.GetValue<Guid>();
        var seen = DateTime.UtcNow - by;
        await db.Devices.IgnoreQueryFilters().Where(d => d.PublicId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAt, seen));
    }

    private async Task<List<(DeviceStatus?, DeviceStatus?, TransitionCause, string?)>> TransitionsAsync(JsonNode device)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = device["id"]!.GetValue<Guid>();
        var transitions = await db.Transitions.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.DeviceId == db.Devices.IgnoreQueryFilters().Single(d => d.PublicId == id).Id)
            .Where(t => t.Cause != TransitionCause.Uploaded && t.Cause != TransitionCause.RegistrationChecks)
            .OrderBy(t => t.Id).ToListAsync();
        return transitions.Select(t => (t.FromStatus, t.ToStatus, t.Cause, t.Actor)).ToList();
    }
}
