using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MmdPortal.IntegrationTests.Monitoring;
using static MmdPortal.IntegrationTests.Guide.GuideCalls;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>Step 5: a device is marked delivered, with the date of the portal's clock and the recipient, only when it
/// is Ready for user or Active and its assigned user holds a licence.</summary>
public sealed class DeliveryTests(FakeClockPortalFactory portal) : IClassFixture<FakeClockPortalFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task UnlicensedUser_IsRefusedOnTheDevicePage_WithTheReason_AndNothingIsRecorded()
    {
        var id = (await RegisterAsync(portal, _api, (16001, "no.licence@contoso.com")))[0];
        var browser = await portal.SignedInClientAsync();

        using var response = await PostStepAsync(browser, id, "Deliver", ("recipient", "no.licence@contoso.com"));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Contains("role=\"alert\" id=\"delivery-problem\">The assigned user holds no licence: add one on the Licences page before delivering this device.</p>", page);
        Assert.Contains("id=\"device-delivered\">Not yet</dd>", page);
        Assert.Null((await DeviceAsync(_api, id))["deliveredAt"]);
    }

    [Fact]
    public async Task LicensedUser_IsDelivered_OnThePortalsClock_ToTheRecipient()
    {
        var id = (await RegisterAsync(portal, _api, (16011, "Adele.Vance@Contoso.com")))[0];
        await AddLicencesAsync(_api, "adele.vance@contoso.com");
        // Before signing in: the sign-in cookie expires on the same clock.
        portal.Clock.Advance(TimeSpan.FromDays(3));
        var browser = await portal.SignedInClientAsync();
        var now = portal.Clock.GetUtcNow().UtcDateTime;

        using var response = await PostStepAsync(browser, id, "Deliver", ("recipient", "Adele Vance"));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        var device = await DeviceAsync(_api, id);
        Assert.Equal(now, device["deliveredAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("Adele Vance", device["deliveredTo"]!.GetValue<string>());
        Assert.Contains("Delivered to Adele Vance.", page);
        Assert.Contains($"id=\"device-delivered\">{now.ToString("f", new CultureInfo("en"))} to Adele Vance</dd>", page);
    }

    [Fact]
    public async Task ThroughTheApi_TheRecipientDefaultsToTheAssignedUser_AndARefusalHasItsCodeInDutch()
    {
        var ids = await RegisterAsync(portal, _api, (16021, "licensed.api@contoso.com"), (16022, "unlicensed.api@contoso.com"));
        await AddLicencesAsync(_api, "licensed.api@contoso.com");

        using var delivered = await _api.PostAsJsonAsync($"/api/v1/devices/{ids[0]}/delivery", new { });
        var device = await delivered.ReadJsonAsync();
        using var dutch = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/devices/{ids[1]}/delivery") { Content = JsonContent.Create(new { }) };
        dutch.Headers.AcceptLanguage.ParseAdd("nl-NL");
        using var refused = await _api.SendAsync(dutch);
        var problem = await refused.ReadJsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("licensed.api@contoso.com", device["deliveredTo"]!.GetValue<string>());
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, device["deliveredAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("NoLicence", problem["code"]!.GetValue<string>());
        Assert.Equal("De toegewezen gebruiker heeft geen licentie: voeg er een toe op de pagina Licenties voordat u dit apparaat levert.",
            problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedDevice_IsRefused_AsNotReady_EvenWithALicensedUser()
    {
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\nFAILED-DELIVERY,,T0Enot-valid,failed.user@contoso.com\r\n";
        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("failed.csv", csv)));
        var id = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        await AddLicencesAsync(_api, "failed.user@contoso.com");

        using var response = await _api.PostAsJsonAsync($"/api/v1/devices/{id}/delivery", new { recipient = "Failed User" });

        var problem = await response.ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("NotReady", problem["code"]!.GetValue<string>());
        Assert.Null((await DeviceAsync(_api, id))["deliveredAt"]);
    }

    [Fact]
    public async Task DeviceWithoutAssignedUser_IsRefused_AndAnotherOrganisationsDeviceIs404()
    {
        var id = (await RegisterAsync(portal, _api, (16031, null)))[0];
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam delivery"));

        using var refused = await _api.PostAsJsonAsync($"/api/v1/devices/{id}/delivery", new { });
        using var foreign = await other.PostAsJsonAsync($"/api/v1/devices/{id}/delivery", new { });

        Assert.Equal("NoAssignedUser", (await refused.ReadJsonAsync(HttpStatusCode.Conflict))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null((await DeviceAsync(_api, id))["deliveredAt"]);
    }
}
