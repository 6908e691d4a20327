using System.Net;
using System.Net.Http.Json;
using static MmdPortal.IntegrationTests.Guide.GuideCalls;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>A request's devices counted per step of the guide, on the request page and through the API.</summary>
public sealed class GuideProgressTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task RequestPageAndApi_CountFailedRegisteredImageCheckedAndDelivered()
    {
        int[] seeds = [18001, 18002, 18003];
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n" +
            string.Concat(seeds.Select(s => $"{TestCsv.Serial(s)},,{TestCsv.Hash(s)},progress.user@contoso.com\r\n")) +
            "FAILED-PROGRESS,,T0Enot-valid,\r\n";
        var requestId = await portal.RegisterAsync(_api, ("progress.csv", csv));
        var document = await portal.WaitUntilCompletedAsync(_api, requestId);
        var ids = document["rows"]!.AsArray().Take(3).Select(r => r!["deviceId"]!.GetValue<Guid>()).ToArray();
        await AddLicencesAsync(_api, "progress.user@contoso.com");
        (await _api.PostAsJsonAsync("/api/v1/devices/image", new { deviceIds = ids[..2], image = "SuppliedByPartner" })).Dispose();
        (await _api.PostAsJsonAsync($"/api/v1/devices/{ids[0]}/delivery", new { })).Dispose();
        var browser = await portal.SignedInClientAsync();

        var counts = await (await _api.GetAsync($"/api/v1/registrations/{requestId}/progress")).ReadJsonAsync();
        var page = await (await browser.GetAsync($"/Requests/{requestId}")).ReadHtmlAsync();

        Assert.Equal(0, counts["pending"]!.GetValue<int>());
        Assert.Equal(1, counts["failed"]!.GetValue<int>());
        Assert.Equal(3, counts["registered"]!.GetValue<int>());
        Assert.Equal(2, counts["imageChecked"]!.GetValue<int>());
        Assert.Equal(1, counts["delivered"]!.GetValue<int>());
        Assert.Equal(4, counts["total"]!.GetValue<int>());
        Assert.Contains("<dd data-step=\"failed\">1</dd>", page);
        Assert.Contains("<dd data-step=\"registered\">3</dd>", page);
        Assert.Contains("<dd data-step=\"image-checked\">2</dd>", page);
        Assert.Contains("<dd data-step=\"delivered\">1</dd>", page);
        Assert.Contains("4 devices in this request.", page);
    }

    [Fact]
    public async Task DeregisteredDevices_AreNotCounted()
    {
        var requestId = await portal.RegisterAsync(_api, ("two.csv", TestCsv.Autopilot(18101, 18102)));
        var document = await portal.WaitUntilCompletedAsync(_api, requestId);
        (await _api.DeleteAsync($"/api/v1/devices/{document["rows"]![0]!["deviceId"]!.GetValue<Guid>()}")).Dispose();

        var counts = await (await _api.GetAsync($"/api/v1/registrations/{requestId}/progress")).ReadJsonAsync();

        Assert.Equal(1, counts["registered"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnotherOrganisationsRequest_Is404()
    {
        var requestId = await portal.RegisterAsync(_api, ("mine.csv", TestCsv.Autopilot(18201)));
        await portal.WaitUntilCompletedAsync(_api, requestId);
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam progress"));

        using var response = await other.GetAsync($"/api/v1/registrations/{requestId}/progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GuidePage_ShowsTheLatestUploadsProgress()
    {
        var requestId = await portal.RegisterAsync(_api, ("latest.csv", TestCsv.Autopilot(18301)));
        await portal.WaitUntilCompletedAsync(_api, requestId);
        var browser = await portal.SignedInClientAsync();

        var page = await (await browser.GetAsync("/Devices/Guide")).ReadHtmlAsync();

        Assert.Contains($"data-request=\"{requestId}\"", page);
        Assert.Contains("<dd data-step=\"registered\">1</dd>", page);
    }
}
