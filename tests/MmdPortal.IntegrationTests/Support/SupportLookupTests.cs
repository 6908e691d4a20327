using System.Net;
using System.Text.RegularExpressions;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Support;

/// <summary>Every unexpected error is stored under the Request ID the user is shown; the support desk finds it,
/// and any upload, by that ID, across organisations. Nobody else may look.</summary>
public sealed partial class SupportLookupTests(SupportDeskPortal portal) : IClassFixture<SupportDeskPortal>
{
    private const string SupportUser = "desk@provider.test";
    private const string SupportPassword = "Support-Password-1";
    private const string Failure = "the blade query broke";

    [Fact]
    public async Task FailingPage_IsFoundBySupportUnderTheRequestIdShown()
    {
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(Break));
        var browser = factory.CreateClient();
        using var signIn = await SignIn.SignInAsync(browser, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword);

        using var response = await browser.GetAsync("/Devices");

        var html = await response.ReadHtmlAsync(HttpStatusCode.InternalServerError);
        var requestId = WebUtility.HtmlDecode(ShownRequestId().Match(html).Groups[1].Value);
        var support = await SupportAsync();
        foreach (var pasted in new[] { requestId, $"  {requestId.ToLowerInvariant()} ", string.Join(' ', requestId.Chunk(4).Select(c => new string(c))) })
        {
            var found = await LookUpAsync(support, pasted);
            Assert.Contains("System.InvalidOperationException", found);
            Assert.Contains(Failure, found);
            Assert.Contains("GET /Devices", found);
            Assert.Contains(PortalApplicationFactory.AdminUser, found);
            Assert.DoesNotContain("No such request", found);
        }
    }

    [Fact]
    public async Task FailingPage_SupportSeesTheStoredExceptionAndItsLogCorrelation()
    {
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(Break));
        var browser = factory.CreateClient();
        using var signIn = await SignIn.SignInAsync(browser, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword);
        var html = await (await browser.GetAsync("/Devices?search=x")).ReadHtmlAsync(HttpStatusCode.InternalServerError);
        var requestId = WebUtility.HtmlDecode(ShownRequestId().Match(html).Groups[1].Value);

        var found = await LookUpAsync(await SupportAsync(), requestId.ToLowerInvariant());

        Assert.Contains($"<dd data-logged-under><code>{requestId.ToUpperInvariant()}</code></dd>", found);
        Assert.Contains("<dt>Operation</dt><dd><code>GET /Devices</code></dd>", found);
        Assert.Matches(@"<dt>Time</dt><dd>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC</dd>", found);
        Assert.Contains($"<pre class=\"exception\">System.InvalidOperationException: {Failure}", found);
        Assert.Contains("   at ", found);
        Assert.Contains("<dd>Contoso</dd>", found);
    }

    [Fact]
    public async Task UploadsRequestId_ShowsUploaderFilesAndEachRowsOutcome()
    {
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api,
            ("desk-a.csv", TestCsv.Autopilot(9201)), ("desk-b.csv", TestCsv.AutopilotWith([9202], ("BAD-9203", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);
        var listed = (await (await api.GetAsync("/api/v1/registrations")).ReadJsonAsync())["items"]!.AsArray()
            .Single(i => i!["requestId"]!.GetValue<Guid>() == requestId)!;

        var found = await LookUpAsync(await SupportAsync(), requestId.ToString());

        Assert.Contains("<dd data-organization>Contoso</dd>", found);
        Assert.Contains($"<dt>Uploaded by</dt><dd>{listed["createdBy"]!.GetValue<string>()}</dd>", found);
        Assert.Contains("<dd data-files>desk-a.csv, desk-b.csv</dd>", found);
        Assert.Contains("<dd data-kind>Upload</dd>", found);
        Assert.Equal(3, Regex.Count(found, "<tr data-line="));
        Assert.Contains(TestCsv.Serial(9201), found);
        Assert.Matches("<td>desk-b.csv</td>\\s*<td>3</td>\\s*<td>BAD-9203</td>\\s*<td><span class=\"badge badge--failed\">Registration failed</span></td>\\s*<td>Hardware hash not valid", found);
        Assert.DoesNotContain("rows-capped", found);
    }

    [Fact]
    public async Task ErrorPage_RequestIdIsALinkForSupport_AndCopyableCodeForAnAdmin()
    {
        var support = await SupportAsync();
        var admin = await portal.SignedInClientAsync();

        var asSupport = await (await support.GetAsync("/no-such-page")).ReadHtmlAsync(HttpStatusCode.NotFound);
        var asAdmin = await (await admin.GetAsync("/no-such-page")).ReadHtmlAsync(HttpStatusCode.NotFound);

        var link = SupportLink().Match(asSupport);
        Assert.True(link.Success, asSupport);
        Assert.Equal(WebUtility.HtmlDecode(link.Groups[1].Value), Uri.UnescapeDataString(WebUtility.HtmlDecode(link.Groups[2].Value)));
        Assert.DoesNotContain("data-copy", asSupport);
        Assert.Matches(ShownRequestId(), asAdmin);
        Assert.DoesNotContain("/Support?id=", asAdmin);
        Assert.Contains("js/copy.js", asAdmin);
    }

    [Fact]
    public async Task FailingApiCall_IsFoundBySupportUnderTheProblemsRequestId()
    {
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(Break));
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalApplicationFactory.AdminKey);

        using var response = await api.GetAsync("/api/v1/devices");

        var problem = await response.ReadJsonAsync(HttpStatusCode.InternalServerError);
        var found = await LookUpAsync(await SupportAsync(), problem["requestId"]!.GetValue<string>().ToUpperInvariant());
        Assert.Contains("System.InvalidOperationException", found);
        Assert.Contains(Failure, found);
        Assert.Contains("GET /api/v1/devices", found);
        Assert.Contains("Contoso", found);
    }

    [Fact]
    public async Task UploadsRequestId_ShowsItsOrganisationAndCounts()
    {
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("support.csv", TestCsv.Autopilot(9101, 9102, 9103)));
        await portal.WaitUntilCompletedAsync(api, requestId);

        var found = await LookUpAsync(await SupportAsync(), $" {requestId.ToString().ToUpperInvariant()} ");

        Assert.Contains("<dd data-organization>Contoso</dd>", found);
        Assert.Contains("<dd data-rows>3</dd>", found);
        Assert.Contains("support.csv", found);
        Assert.Matches("<tr data-status=\"ReadyForUser\"><td>Ready for user</td><td>3</td></tr>", found);
        Assert.DoesNotContain("No such request", found);
    }

    [Fact]
    public async Task UnknownRequestId_IsNoSuchRequest()
    {
        var support = await SupportAsync();

        Assert.Contains("No such request", await LookUpAsync(support, Guid.NewGuid().ToString()));
        Assert.Contains("No such request", await LookUpAsync(support, "0HNNOTHING:00000001"));
    }

    [Fact]
    public async Task AdminsAndReaders_MayNotLookUp()
    {
        await portal.TryCreateUserAsync("reader@contoso.test", "Reader-Password-1", "Reader");
        var admin = await portal.SignedInClientAsync();
        var reader = await portal.SignedInClientAsync("reader@contoso.test", "Reader-Password-1");

        using var asAdmin = await admin.GetAsync($"/Support?id={Guid.NewGuid()}");
        using var asReader = await reader.GetAsync("/Support");

        Assert.Equal(HttpStatusCode.Forbidden, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.DoesNotContain("href=\"/Support\"", await (await admin.GetAsync("/Devices")).ReadHtmlAsync());
    }

    [Fact]
    public async Task SupportUser_LandsOnTheLookupWithOnlyItInTheNav()
    {
        var support = await SupportAsync();

        var page = await (await support.GetAsync("/")).ReadHtmlAsync();
        using var devices = await support.GetAsync("/Devices");

        Assert.Contains("href=\"/Support\"", page);
        Assert.DoesNotContain("<a href=\"/Devices\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, devices.StatusCode);
    }

    private async Task<HttpClient> SupportAsync()
    {
        await portal.TryCreateUserAsync(SupportUser, SupportPassword, "Support");
        return await portal.SignedInClientAsync(SupportUser, SupportPassword, landing: "/Support");
    }

    private static async Task<string> LookUpAsync(HttpClient support, string requestId) =>
        WebUtility.HtmlDecode(await (await support.GetAsync($"/Support?id={Uri.EscapeDataString(requestId)}")).ReadHtmlAsync());

    private static void Break(IServiceCollection services) =>
        services.AddScoped<DeviceList>(_ => throw new InvalidOperationException(Failure));

    [GeneratedRegex("Request ID: <span class=\"request-id\" data-request-id=\"[^\"]+\"><code class=\"copyable\" [^>]*data-copy=\"\"[^>]*>([^<]+)</code>")]
    private static partial Regex ShownRequestId();

    [GeneratedRegex("Request ID: <a class=\"request-id\" data-request-id=\"([^\"]+)\" href=\"/Support\\?id=([^\"]+)\" title=\"[^\"]*\"><code>[^<]+</code></a>")]
    private static partial Regex SupportLink();
}
