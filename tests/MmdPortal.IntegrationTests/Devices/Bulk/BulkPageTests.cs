using System.Net;
using MmdPortal.IntegrationTests.Lifecycle;
using static MmdPortal.IntegrationTests.Devices.Bulk.BulkCalls;

namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>The blade's selection form retries and deregisters devices, then returns to the admin's view with what
/// happened in its banner.</summary>
public sealed class BulkPageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Retry_OfAFailedAndAReadyDevice_RetriesTheFailedOne_AndTheBannerNamesTheRequest()
    {
        var api = portal.CreateApiClient();
        var failed = (await LifecycleApi.RegisterOneAsync(portal, api, LifecycleApi.CsvOfModel(12001, "Surface Neo 9")))["deviceId"]!.GetValue<Guid>();
        var ready = (await RegisterAsync(portal, api, 12002))[0];
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "retry", [failed, ready], ("returnUrl", "/Devices?status=RegistrationFailed"));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Equal("/Devices?status=RegistrationFailed", response.RequestMessage!.RequestUri!.PathAndQuery);
        var request = (await DeviceAsync(api, failed))["requestId"]!.GetValue<Guid>();
        Assert.Contains($"1 device retried as request {request}; 1 left alone: Only devices whose registration failed can be retried; this one is Ready for user.", page);
        await portal.WaitUntilCompletedAsync(api, request);
    }

    [Fact]
    public async Task Deregister_TakesTheSelectedDevicesOffTheBlade_AndSaysSo()
    {
        var api = portal.CreateApiClient();
        var ids = await RegisterAsync(portal, api, 12101, 12102, 12103);
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "deregister", ids[..2]);

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Equal("/Devices", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("2 devices deregistered; their hardware can be registered again.", page);
        var left = (await portal.GetDevicesAsync(api)).Select(d => d!["id"]!.GetValue<Guid>()).ToList();
        Assert.DoesNotContain(ids[0], left);
        Assert.DoesNotContain(ids[1], left);
        Assert.Contains(ids[2], left);
    }

    [Fact]
    public async Task NoSelection_OrAnUnknownAction_ChangesNothing_AndSaysWhatToDo()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 12201))[0];
        var admin = await portal.SignedInClientAsync();

        using var none = await PostBulkAsync(admin, "deregister", []);
        var nonePage = WebUtility.HtmlDecode(await none.ReadHtmlAsync());
        using var unknown = await PostBulkAsync(admin, "explode", [id]);
        var unknownPage = WebUtility.HtmlDecode(await unknown.ReadHtmlAsync());

        Assert.Contains("Nothing was changed: select one or more devices first.", nonePage);
        Assert.Contains("Nothing was changed: choose Retry, Deregister or Assign.", unknownPage);
        Assert.Equal("ReadyForUser", (await DeviceAsync(api, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AReturnUrlOffThePortal_IsIgnored_ForTheDevicesPage()
    {
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "retry", [], ("returnUrl", "https://evil.example/phish"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("localhost", response.RequestMessage!.RequestUri!.Host);
        Assert.Equal("/Devices", response.RequestMessage.RequestUri.AbsolutePath);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused()
    {
        var admin = await portal.SignedInClientAsync();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "retry", ["deviceIds"] = Guid.NewGuid().ToString() });

        using var response = await admin.PostAsync("/Devices/Bulk", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
