using System.Net;
using System.Text.Json.Nodes;
using MmdPortal.Web.Accounts;
using static MmdPortal.IntegrationTests.Lifecycle.LifecycleApi;
using static MmdPortal.IntegrationTests.Lifecycle.ReleaseRequestScenario;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>Release requests on the pages: asked on the device page, decided on /Releases, looked up by support.
/// Only support ever sees both organisations.</summary>
public sealed class ReleaseRequestPagesTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string Password = "Release-Password-1";
    private const string Why = "Bought in March from the reseller, invoice 4471.";
    private const string Answer = "Sold it on in April; it is yours.";

    [Fact]
    public async Task AskedOnTheDevicePage_ReleasedOnTheReleasesPage_AndNeitherPageNamesTheOtherOrganisation()
    {
        var (hardware, fabrikam) = await ClaimedByFabrikamAsync("Fabrikam Pages", "admin@fabrikam-pages.test", 8201);

        var asked = await PostAsync(fabrikam, $"/Devices/{hardware.RequesterDevice}", "RequestRelease", new() { ["Note"] = Why });

        Assert.Contains("Release requested (", asked);
        Assert.Contains(Why, asked);
        Assert.Contains("You asked", asked);
        Assert.Contains("handler=Withdraw", asked);
        Assert.DoesNotContain("id=\"request-release\"", asked);
        var requestId = await RequestIdAsync("Fabrikam Pages");
        var outgoing = await PageAsync(fabrikam, "/Releases");
        Assert.Contains(requestId.ToString(), Section(outgoing, "Asked by you"));
        Assert.Contains(Why, outgoing);
        var contoso = await portal.SignedInClientAsync();
        var incoming = Section(await PageAsync(contoso, "/Releases"), "Asked of you");
        Assert.Contains(requestId.ToString(), incoming);
        Assert.Contains(Why, incoming);
        Assert.Contains($"/Devices/{hardware.HolderDevice}", incoming);
        AssertNamesNothingOf(incoming, "Fabrikam", "admin@fabrikam-pages.test", hardware.RequesterDevice);

        var released = await PostAsync(contoso, "/Releases", "Release",
            new() { ["requestId"] = requestId.ToString(), ["note"] = Answer });

        Assert.Contains("Released. Your device is deregistered", released);
        AssertNamesNothingOf(released, "Fabrikam", "admin@fabrikam-pages.test", hardware.RequesterDevice);
        await WaitForStatusAsync(portal.CreateApiClient(await portal.CreateApiKeyAsync("Fabrikam Pages", "wait")),
            hardware.RequesterDevice, "ReadyForUser");
        var device = await PageAsync(fabrikam, $"/Devices/{hardware.RequesterDevice}");
        Assert.Contains(Answer, device);
        Assert.Contains("<td>Released</td>", device);
        AssertNamesNothingOf(device, "Contoso", PortalApplicationFactory.AdminUser, hardware.HolderDevice);
        AssertNamesNothingOf(await PageAsync(fabrikam, "/Releases"), "Contoso", PortalApplicationFactory.AdminUser, hardware.HolderDevice);
    }

    [Fact]
    public async Task Reader_SeesTheRequestOnTheReleasesPage_ButMayNotReleaseIt()
    {
        var (hardware, fabrikam) = await ClaimedByFabrikamAsync("Fabrikam Reader", "admin@fabrikam-reader.test", 8202);
        await PostAsync(fabrikam, $"/Devices/{hardware.RequesterDevice}", "RequestRelease", new() { ["Note"] = Why });
        var requestId = await RequestIdAsync("Fabrikam Reader");
        await portal.CreateUserAsync("reader@contoso-releases.test", Password, PortalRoles.Reader);
        var reader = await portal.SignedInClientAsync("reader@contoso-releases.test", Password);

        var page = await PageAsync(reader, "/Releases");
        // The Releases page has no form for a reader; a crafted post carries the reader's token from the blade.
        var blade = await PageAsync(reader, "/Devices");
        using var posted = await reader.PostAsync("/Releases?handler=Release", Form(blade, new() { ["requestId"] = requestId.ToString() }));

        Assert.Contains(requestId.ToString(), Section(page, "Asked of you"));
        Assert.DoesNotContain("handler=Release", page);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("<td>Open</td>", await PageAsync(reader, "/Releases"));
        Assert.Equal("ReadyForUser", (await DeviceAsync(portal.CreateApiClient(), hardware.HolderDevice))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Support_FindsTheReleaseByItsRequestId_WithBothSides_AndFromTheUploadThatFailed()
    {
        var (hardware, fabrikam) = await ClaimedByFabrikamAsync("Fabrikam Support", "admin@fabrikam-support.test", 8203);
        await PostAsync(fabrikam, $"/Devices/{hardware.RequesterDevice}", "RequestRelease", new() { ["Note"] = Why });
        var requestId = await RequestIdAsync("Fabrikam Support");
        var contoso = await portal.SignedInClientAsync();
        await PostAsync(contoso, "/Releases", "Decline", new() { ["requestId"] = requestId.ToString(), ["note"] = Answer });
        await portal.TryCreateUserAsync("desk@provider-releases.test", Password, PortalRoles.Support);
        var support = await portal.SignedInClientAsync("desk@provider-releases.test", Password, landing: "/Support");

        var found = await PageAsync(support, $"/Support?id={Uri.EscapeDataString($"  {string.Join(' ', requestId.ToString().ToUpperInvariant().Chunk(8).Select(c => new string(c)))} ")}");

        Assert.DoesNotContain("No such request", found);
        Assert.Contains("<dd data-release-status>Declined</dd>", found);
        Assert.Contains($"<dd data-note>{Why}</dd>", found);
        Assert.Contains($"<dd data-decision-note>{Answer}</dd>", found);
        Assert.Contains("admin@fabrikam-support.test (Fabrikam Support)", found);
        Assert.Contains(PortalApplicationFactory.AdminUser, found);
        Assert.Contains("<td data-organization>Fabrikam Support</td>", found);
        Assert.Contains("<td data-organization>Contoso</td>", found);
        Assert.Contains(hardware.RequesterDevice.ToString(), found);
        Assert.Contains(hardware.HolderDevice.ToString(), found);
        Assert.Contains(hardware.Serial, found);
        var upload = await PageAsync(support, $"/Support?id={hardware.RequesterUpload}");
        Assert.Contains($"href=\"/Support?id={requestId}\"", upload);
        Assert.Contains("asks for hardware", upload);
        Assert.Contains("No such request", await PageAsync(support, $"/Support?id={Guid.CreateVersion7()}"));
    }

    [Fact]
    public async Task AdminsOfEitherOrganisation_MayNotOpenTheSupportDesk()
    {
        var (hardware, fabrikam) = await ClaimedByFabrikamAsync("Fabrikam Desk", "admin@fabrikam-desk.test", 8204);
        await PostAsync(fabrikam, $"/Devices/{hardware.RequesterDevice}", "RequestRelease", new() { ["Note"] = Why });
        var requestId = await RequestIdAsync("Fabrikam Desk");
        var contoso = await portal.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(fabrikam.GetAsync($"/Support?id={requestId}")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(contoso.GetAsync($"/Support?id={requestId}")));
    }

    /// <summary>Contoso registers the hardware, Fabrikam's upload of it fails; returns Fabrikam's signed-in admin.</summary>
    private async Task<(ClaimedHardware Hardware, HttpClient Browser)> ClaimedByFabrikamAsync(string name, string admin, int seed)
    {
        await portal.CreateOrganizationWithAdminAsync(name, admin, Password);
        var setup = portal.CreateApiClient(await portal.CreateApiKeyAsync(name, "setup"));
        var hardware = await ClaimTwiceAsync(portal, portal.CreateApiClient(), setup, seed);
        return (hardware, await portal.SignedInClientAsync(admin, Password));
    }

    private async Task<Guid> RequestIdAsync(string organization)
    {
        var api = portal.CreateApiClient(await portal.CreateApiKeyAsync(organization, "list"));
        var outgoing = JsonNode.Parse(await ListJsonAsync(api))!["outgoing"]!.AsArray();
        return Assert.Single(outgoing)!["requestId"]!.GetValue<Guid>();
    }

    /// <summary>GETs the page, posts its form to the handler with its antiforgery token, and returns the page the
    /// browser lands on (after the redirect of a success).</summary>
    private static async Task<string> PostAsync(HttpClient browser, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await PageAsync(browser, path);
        using var response = await browser.PostAsync($"{path}?handler={handler}", Form(page, fields));
        return WebUtility.HtmlDecode(await response.ReadHtmlAsync());
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        var token = SignIn.AntiforgeryToken(page);
        Assert.False(string.IsNullOrEmpty(token), "The page has no antiforgery token.");
        return new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    private static async Task<string> PageAsync(HttpClient browser, string path) =>
        WebUtility.HtmlDecode(await (await browser.GetAsync(path)).ReadHtmlAsync());

    /// <summary>The part of the Releases page under the heading, up to the next one.</summary>
    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section \"{heading}\".");
        var end = page.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static void AssertNamesNothingOf(string html, string organization, string user, Guid device)
    {
        Assert.DoesNotContain(organization, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(user, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(device.ToString(), html, StringComparison.OrdinalIgnoreCase);
    }
}
