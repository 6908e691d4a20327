using System.Net;
using static MmdPortal.IntegrationTests.Guide.GuideCalls;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>The printable hand-over sheet says what the device is, who it is for and what the user sees at first start.</summary>
public sealed class HandOverSheetTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task Sheet_NamesSerialModelAndUser_AndTellsWhatTheUserWillSee()
    {
        var id = (await RegisterAsync(portal, _api, (17001, "megan.bowen@contoso.com")))[0];
        var device = await DeviceAsync(_api, id);
        var browser = await portal.SignedInClientAsync();

        var sheet = WebUtility.HtmlDecode(await (await browser.GetAsync($"/Devices/{id}/HandOver")).ReadHtmlAsync());

        Assert.Contains($"<dt>Serial number</dt><dd>{TestCsv.Serial(17001)}</dd>", sheet);
        Assert.Contains($"<dt>Model</dt><dd>{device["model"]!.GetValue<string>()}</dd>", sheet);
        Assert.Contains("<dt>User</dt><dd>megan.bowen@contoso.com</dd>", sheet);
        Assert.Contains("What you will see at first start", sheet);
        Assert.Contains("Sign in with your work account: megan.bowen@contoso.com.", sheet);
        Assert.Contains("The device recognises that it belongs to Contoso and shows its sign-in page.", sheet);
        Assert.Contains("/css/handover.css", sheet);
    }

    [Fact]
    public async Task Sheet_InDutch_AndTheDevicePageLinksToIt()
    {
        var id = (await RegisterAsync(portal, _api, (17011, "lee.gu@contoso.com")))[0];
        var browser = await portal.SignedInClientAsync();
        using var dutch = new HttpRequestMessage(HttpMethod.Get, $"/Devices/{id}/HandOver");
        dutch.Headers.AcceptLanguage.ParseAdd("nl-NL");

        var sheet = WebUtility.HtmlDecode(await (await browser.SendAsync(dutch)).ReadHtmlAsync());
        var detail = await (await browser.GetAsync($"/Devices/{id}")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"nl-NL\">", sheet);
        Assert.Contains("Wat u ziet als u het apparaat voor het eerst start", sheet);
        Assert.Contains("Meld u aan met uw werkaccount: lee.gu@contoso.com.", sheet);
        Assert.Contains($"href=\"/Devices/{id}/HandOver\"", detail);
    }

    [Fact]
    public async Task AnotherOrganisationsDevice_Is404()
    {
        var id = (await RegisterAsync(portal, _api, (17021, null)))[0];
        await portal.CreateOrganizationWithAdminAsync("Fabrikam sheets", "admin@fabrikam-sheets.test", PortalApplicationFactory.AdminPassword);
        var other = await portal.SignedInClientAsync("admin@fabrikam-sheets.test");

        using var response = await other.GetAsync($"/Devices/{id}/HandOver");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
