using System.Net;
using System.Net.Http.Json;
using static MmdPortal.IntegrationTests.Guide.GuideCalls;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>Step 4: who supplied a device's image is recorded on the device page, in bulk on the blade and through
/// the API, and shown on the blade, the device page, the API and the export.</summary>
public sealed class ImageCheckTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task NewDevice_IsNotCheckedYet_OnTheBladeTheDevicePageAndTheApi()
    {
        var id = (await RegisterAsync(portal, _api, (15001, null)))[0];
        var browser = await portal.SignedInClientAsync();

        var detail = WebUtility.HtmlDecode(await (await browser.GetAsync($"/Devices/{id}")).ReadHtmlAsync());

        Assert.Equal("NotChecked", (await DeviceAsync(_api, id))["image"]!.GetValue<string>());
        Assert.Contains("id=\"device-image\" data-image=\"NotChecked\">Not checked yet</dd>", detail);
    }

    [Fact]
    public async Task OnTheDevicePage_TheRecordedImage_ShowsThereAndOnTheBlade()
    {
        var id = (await RegisterAsync(portal, _api, (15011, null)))[0];
        var browser = await portal.SignedInClientAsync();

        using var response = await PostStepAsync(browser, id, "Image", ("image", "AppliedByOrganization"));

        var detail = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Equal($"/Devices/{id}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Image recorded: Applied by the organisation.", detail);
        Assert.Contains("data-image=\"AppliedByOrganization\">Applied by the organisation</dd>", detail);
        var blade = WebUtility.HtmlDecode(await (await browser.GetAsync($"/Devices?search={TestCsv.Serial(15011)}")).ReadHtmlAsync());
        Assert.Contains("<span data-image=\"AppliedByOrganization\">Applied by the organisation</span>", blade);
        Assert.Equal("AppliedByOrganization", (await DeviceAsync(_api, id))["image"]!.GetValue<string>());
    }

    [Fact]
    public async Task InBulk_TheSelectedDevicesGetTheImage_AndTheOthersKeepTheirs()
    {
        var ids = await RegisterAsync(portal, _api, (15021, null), (15022, null), (15023, null));
        var browser = await portal.SignedInClientAsync();

        using var response = await PostBulkImageAsync(browser, "SuppliedByPartner", ids[..2]);

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Equal("/Devices", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Image recorded for 2 devices: Supplied by a partner.", page);
        Assert.Equal("SuppliedByPartner", (await DeviceAsync(_api, ids[0]))["image"]!.GetValue<string>());
        Assert.Equal("SuppliedByPartner", (await DeviceAsync(_api, ids[1]))["image"]!.GetValue<string>());
        Assert.Equal("NotChecked", (await DeviceAsync(_api, ids[2]))["image"]!.GetValue<string>());
    }

    [Fact]
    public async Task ThroughTheApi_TheImageIsRecorded_AndShownInTheExport()
    {
        var ids = await RegisterAsync(portal, _api, (15031, null), (15032, null));

        using var response = await _api.PostAsJsonAsync("/api/v1/devices/image", new { deviceIds = ids, image = "AppliedByOrganization" });
        var result = await response.ReadJsonAsync();
        var export = await (await _api.GetAsync($"/api/v1/devices/export?search={TestCsv.Serial(15031)}")).Content.ReadAsStringAsync();

        Assert.Equal(2, result["done"]!.GetValue<int>());
        Assert.Equal("AppliedByOrganization", (await DeviceAsync(_api, ids[1]))["image"]!.GetValue<string>());
        Assert.Contains(",Image,Delivered (UTC),Delivered to", export);
        Assert.Contains(",AppliedByOrganization,,", export.Split("\r\n")[1]);
    }

    [Fact]
    public async Task ThroughTheApi_AnUnknownOrMissingImage_Is400_AndNothingChanges()
    {
        var id = (await RegisterAsync(portal, _api, (15041, null)))[0];

        using var missing = await _api.PostAsJsonAsync("/api/v1/devices/image", new { deviceIds = new[] { id } });
        using var unknown = await _api.PostAsJsonAsync("/api/v1/devices/image", new { deviceIds = new[] { id }, image = "Shiny" });

        var problem = await missing.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("SuppliedByPartner", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("NotChecked", (await DeviceAsync(_api, id))["image"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherOrganisationsDevice_Is404OnThePage_AndLeftAloneByTheApi()
    {
        var id = (await RegisterAsync(portal, _api, (15051, null)))[0];
        await portal.CreateOrganizationWithAdminAsync("Fabrikam images", "admin@fabrikam-images.test", PortalApplicationFactory.AdminPassword);
        var other = await portal.SignedInClientAsync("admin@fabrikam-images.test");
        var otherApi = portal.CreateApiClient(await portal.CreateApiKeyAsync("Fabrikam images", "images"));
        var token = SignIn.AntiforgeryToken(await (await other.GetAsync("/Devices")).ReadHtmlAsync());

        using var page = await other.PostAsync($"/Devices/{id}/Steps?handler=Image", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["image"] = "SuppliedByPartner" }));
        using var api = await otherApi.PostAsJsonAsync("/api/v1/devices/image", new { deviceIds = new[] { id }, image = "SuppliedByPartner" });
        var result = await api.ReadJsonAsync();
        using var bulk = await PostBulkImageAsync(other, "SuppliedByPartner", [id]);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(0, result["done"]!.GetValue<int>());
        Assert.Equal(id, result["problems"]![0]!["deviceId"]!.GetValue<Guid>());
        Assert.Contains("Image recorded for 0 devices", WebUtility.HtmlDecode(await bulk.ReadHtmlAsync()));
        Assert.Equal("NotChecked", (await DeviceAsync(_api, id))["image"]!.GetValue<string>());
    }
}
