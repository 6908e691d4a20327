using System.Net;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>Uploads through <c>POST /api/v1/registrations</c> with the real worker running. The factory's poll
/// interval is ten minutes, so devices that reach a final status within seconds were woken by the upload.</summary>
public sealed class UploadingThroughTheApiTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task ValidAndInvalidHashes_BecomeReadyForUserOrHardwareHashNotValid()
    {
        var csv = TestCsv.AutopilotWith([101, 102], ("BADHASH-1", "bm90IGEgaGFzaA=="), ("BADHASH-2", "%%%"));

        using var response = await portal.UploadAsync(_api, ("devices.csv", csv));
        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var requestId = accepted["requestId"]!.GetValue<Guid>();

        Assert.Equal("Pending", accepted["status"]!.GetValue<string>());
        Assert.Equal(4, accepted["rowCount"]!.GetValue<int>());
        Assert.EndsWith($"/api/v1/registrations/{requestId}", response.Headers.Location!.ToString());
        var document = await portal.WaitUntilCompletedAsync(_api, requestId);
        var rows = document["rows"]!.AsArray();
        Assert.Equal([2, 3, 4, 5], rows.Select(r => r!["line"]!.GetValue<int>()));
        Assert.All(rows, r => Assert.Equal("devices.csv", r!["file"]!.GetValue<string>()));
        Assert.Equal(["ReadyForUser", "ReadyForUser", "RegistrationFailed", "RegistrationFailed"],
            rows.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Equal([null, null, "HardwareHashNotValid", "HardwareHashNotValid"],
            rows.Select(r => r!["error"]?.GetValue<string>()));
        Assert.Equal(2, document["counts"]!["ReadyForUser"]!.GetValue<int>());
        Assert.Equal(2, document["counts"]!["RegistrationFailed"]!.GetValue<int>());

        var devices = await portal.GetDevicesAsync(_api, $"search={TestCsv.Serial(101)}");
        var device = Assert.Single(devices)!;
        Assert.Equal("ReadyForUser", device["status"]!.GetValue<string>());
        Assert.Equal(requestId, device["requestId"]!.GetValue<Guid>());
        Assert.Equal(rows[0]!["deviceId"]!.GetValue<Guid>(), device["id"]!.GetValue<Guid>());
        // Get-WindowsAutoPilotInfo writes no manufacturer or model: they come from the hash itself.
        Assert.False(string.IsNullOrEmpty(device["manufacturer"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(device["model"]?.GetValue<string>()));
    }

    [Fact]
    public async Task RepeatWithinUpload_PointsToTheFirstRowsDevice()
    {
        var requestId = await portal.RegisterAsync(_api, ("a.csv", TestCsv.Autopilot(201, 202)), ("b.csv", TestCsv.Autopilot(201)));

        var document = await portal.WaitUntilCompletedAsync(_api, requestId);
        var rows = document["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        var repeat = rows[2]!;
        Assert.Equal("b.csv", repeat["file"]!.GetValue<string>());
        Assert.Equal("RegistrationFailed", repeat["status"]!.GetValue<string>());
        Assert.Equal("DeviceAlreadyRegistered", repeat["error"]!.GetValue<string>());
        Assert.Equal("Duplicate of a.csv line 2.", repeat["detail"]!.GetValue<string>());
        Assert.Equal(rows[0]!["deviceId"]!.GetValue<Guid>(), repeat["deviceId"]!.GetValue<Guid>());
        Assert.Single(await portal.GetDevicesAsync(_api, $"search={TestCsv.Serial(201)}"));
    }

    [Fact]
    public async Task SameSerialWithAnotherHash_IsTheSameHardware()
    {
        // A second capture of the same machine: same manufacturer and serial, another hash.
        var other = HardwareHashBuilder.Build(HardwareHashBuilder.SampleFacts(301) with { SmbiosUuid = Guid.NewGuid() });
        var csv = TestCsv.AutopilotWith([301], (TestCsv.Serial(301), other));

        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("x.csv", csv)));

        var second = document["rows"]![1]!;
        Assert.Equal("DeviceAlreadyRegistered", second["error"]!.GetValue<string>());
        Assert.Equal("Same serial number as x.csv line 2 but a different hardware hash: check which capture is current.",
            second["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task UploadingTheSameFileAgain_CreatesNoDuplicates()
    {
        var csv = TestCsv.Autopilot(401, 402, 403);
        var first = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("fleet.csv", csv)));

        var second = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("fleet.csv", csv)));

        Assert.All(second["rows"]!.AsArray(), r => Assert.Equal("DeviceAlreadyRegistered", r!["error"]!.GetValue<string>()));
        Assert.Equal(first["rows"]!.AsArray().Select(r => r!["deviceId"]!.GetValue<Guid>()),
            second["rows"]!.AsArray().Select(r => r!["deviceId"]!.GetValue<Guid>()));
        Assert.Equal(3, second["counts"]!["RegistrationFailed"]!.GetValue<int>());
        foreach (var seed in new[] { 401, 402, 403 })
            Assert.Equal("ReadyForUser", Assert.Single(await portal.GetDevicesAsync(_api, $"search={TestCsv.Serial(seed)}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedDevice_DoesNotBlockACorrectedUpload()
    {
        var serial = TestCsv.Serial(501);
        var broken = TestCsv.AutopilotWith([], (serial, TestCsv.Hash(501)[..1000]));
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("broken.csv", broken)));

        var fixedUpload = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("fixed.csv", TestCsv.Autopilot(501))));

        Assert.Equal("ReadyForUser", fixedUpload["rows"]![0]!["status"]!.GetValue<string>());
        var devices = await portal.GetDevicesAsync(_api, $"search={serial}");
        Assert.Equal(["ReadyForUser", "RegistrationFailed"], devices.Select(d => d!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MoreThanAThousandRows_ArePagedInFileOrder()
    {
        var seeds = Enumerable.Range(10_000, 1_003).ToArray();
        var requestId = await portal.RegisterAsync(_api, ("big.csv", TestCsv.Autopilot(seeds)));
        var first = await portal.WaitUntilCompletedAsync(_api, requestId);

        var cursor = first["nextRowsCursor"]!.GetValue<string>();
        var second = await portal.GetRequestAsync(_api, requestId, cursor);

        Assert.Equal(1_000, first["rows"]!.AsArray().Count);
        Assert.Equal(1_003, first["counts"]!["ReadyForUser"]!.GetValue<int>());
        Assert.Equal([1_002, 1_003, 1_004], second["rows"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Null(second["nextRowsCursor"]);
    }

    [Fact]
    public async Task RequestList_ShowsTheOrganisationsUploadsNewestFirst()
    {
        var older = await portal.RegisterAsync(_api, ("one.csv", TestCsv.Autopilot(601)));
        var newer = await portal.RegisterAsync(_api, ("two.csv", TestCsv.Autopilot(602)));

        using var response = await _api.GetAsync("/api/v1/registrations?pageSize=500");
        var items = (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!["requestId"]!.GetValue<Guid>()).ToList();

        Assert.True(items.IndexOf(newer) < items.IndexOf(older) && items.IndexOf(newer) >= 0);
    }

    [Fact]
    public async Task UnknownRequest_Is404()
    {
        using var response = await _api.GetAsync($"/api/v1/registrations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DryRun_PredictsEveryRowAndStoresNothing()
    {
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("before.csv", TestCsv.Autopilot(1501))));
        var before = await portal.CountAllAsync();
        var csv = TestCsv.AutopilotWith([1501, 1502, 1502], ("DRYRUN-BAD", "T0E="));
        using var form = new MultipartFormDataContent { { new StringContent(csv), "files", "check.csv" } };

        using var response = await _api.PostAsync("/api/v1/registrations?dryRun=true", form);

        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("DryRun", document["status"]!.GetValue<string>());
        Assert.Null(document["requestId"]);
        Assert.Equal(4, document["rowCount"]!.GetValue<int>());
        var rows = document["rows"]!.AsArray();
        Assert.Equal(["DeviceAlreadyRegistered", null, "DeviceAlreadyRegistered", "HardwareHashNotValid"],
            rows.Select(r => r!["error"]?.GetValue<string>()));
        Assert.Equal("ReadyForUser", rows[1]!["status"]!.GetValue<string>());
        Assert.Null(rows[1]!["deviceId"]);
        Assert.Null(rows[2]!["deviceId"]);
        Assert.NotNull(rows[0]!["deviceId"]);
        Assert.Equal("Duplicate of check.csv line 3.", rows[2]!["detail"]!.GetValue<string>());
        Assert.Equal(before, await portal.CountAllAsync());
    }
}
