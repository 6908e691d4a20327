using System.Net;

namespace MmdPortal.IntegrationTests.Devices;

public sealed class DevicesApiTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("status=Registered", "Unknown status")]
    public async Task InvalidQuery_Is400SayingWhatToFix(string query, string expected)
    {
        using var response = await _api.GetAsync($"/api/v1/devices?{query}");

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paging_VisitsEveryDeviceOnceNewestFirst()
    {
        var seeds = Enumerable.Range(900, 7).ToArray();
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("seven.csv", TestCsv.Autopilot(seeds))));

        var serials = new List<string>();
        string? cursor = null;
        do
        {
            using var response = await _api.GetAsync($"/api/v1/devices?pageSize=3&status=ReadyForUser" + (cursor is null ? "" : $"&cursor={cursor}"));
            var page = await response.ReadJsonAsync();
            serials.AddRange(page["items"]!.AsArray().Select(i => i!["serialNumber"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);

        var expected = seeds.Reverse().Select(TestCsv.Serial).ToList();
        Assert.Equal(expected, serials.Where(expected.Contains));
        Assert.Equal(serials.Distinct().Count(), serials.Count);
    }

    [Fact]
    public async Task StatusFilter_ReturnsOnlyThatStatus()
    {
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api,
            ("mixed.csv", TestCsv.AutopilotWith([950], ("FILTER-BAD", "T0Enot-valid")))));

        var failed = await portal.GetDevicesAsync(_api, "status=RegistrationFailed");

        Assert.Contains(failed, d => d!["serialNumber"]!.GetValue<string>() == "FILTER-BAD");
        Assert.All(failed, d => Assert.Equal("RegistrationFailed", d!["status"]!.GetValue<string>()));
        Assert.All(failed, d => Assert.Equal("HardwareHashNotValid", d!["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_IgnoresCaseOfSerialModelAndUser()
    {
        var serial = TestCsv.Serial(970);
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api,
            ("case.csv", $"{TestCsv.AutopilotHeader},Assigned User\r\n{serial},,{TestCsv.Hash(970)},Adele.Vance@Contoso.com\r\n")));
        var model = MmdPortal.Web.Devices.Hashes.HardwareHashBuilder.SampleFacts(970).Model!;

        foreach (var term in new[] { serial.ToLowerInvariant(), model.ToUpperInvariant(), "adele.VANCE@contoso" })
            Assert.Contains(await portal.GetDevicesAsync(_api, $"search={Uri.EscapeDataString(term)}"),
                d => d!["serialNumber"]!.GetValue<string>() == serial);
    }

    [Fact]
    public async Task UnknownDevice_Is404()
    {
        using var response = await _api.GetAsync($"/api/v1/devices/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeviceById_HasEveryField()
    {
        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api,
            ("intune.csv", $"{TestCsv.AutopilotHeader},Group Tag,Assigned User\r\n{TestCsv.Serial(960)},00330-1,{TestCsv.Hash(960)},Sales,megan@contoso.com\r\n")));
        var id = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();

        using var response = await _api.GetAsync($"/api/v1/devices/{id}");

        var device = (await response.ReadJsonAsync()).AsObject();
        Assert.Equal(["id", "serialNumber", "manufacturer", "model", "groupTag", "assignedUser", "primaryUser", "status", "error",
            "errorDetail", "requestId", "registeredAt", "lastSeenAt", "needsLicence", "image", "deliveredAt", "deliveredTo"],
            device.Select(p => p.Key));
        Assert.Equal("Sales", device["groupTag"]!.GetValue<string>());
        Assert.Equal("NotChecked", device["image"]!.GetValue<string>());
        Assert.Null(device["deliveredAt"]);
        Assert.Equal("megan@contoso.com", device["assignedUser"]!.GetValue<string>());
        Assert.True(device["needsLicence"]!.GetValue<bool>());
        Assert.EndsWith("Z", device["registeredAt"]!.GetValue<string>());
        // Whole microseconds on every provider: PostgreSQL keeps no more, and the converter cuts SQLite's ticks.
        Assert.Equal(0, device["registeredAt"]!.GetValue<DateTime>().Ticks % TimeSpan.TicksPerMicrosecond);
    }
}
