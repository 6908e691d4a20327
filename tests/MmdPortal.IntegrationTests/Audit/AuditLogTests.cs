using System.Net.Http.Json;
using System.Net;

namespace MmdPortal.IntegrationTests.Audit;

/// <summary>Sign-ins, uploads and user changes are recorded for the organisation's admins, and only theirs.</summary>
public sealed partial class AuditLogTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string OtherAdmin = "admin@fabrikam.test";
    private const string OtherPassword = "Fabrikam-Password-1";

    [Fact]
    public async Task SignInsUploadAndUsers_AppearForTheirOrganisationsAdminOnly()
    {
        using var failed = await SignIn.SignInAsync(portal.CreateClient(), PortalApplicationFactory.AdminUser, "not the password");
        var admin = await portal.SignedInClientAsync();
        var requestId = await portal.RegisterAsync(portal.CreateApiClient(), ("audit.csv", TestCsv.Autopilot(9301)));
        await AddUserAsync(admin, "audited.reader@contoso.test");
        await portal.CreateOrganizationWithAdminAsync("Fabrikam", OtherAdmin, OtherPassword);
        var other = await portal.SignedInClientAsync(OtherAdmin, OtherPassword);

        var log = WebUtility.HtmlDecode(await (await admin.GetAsync("/Audit")).ReadHtmlAsync());
        var otherLog = WebUtility.HtmlDecode(await (await other.GetAsync("/Audit")).ReadHtmlAsync());

        Assert.Contains("data-action=\"SignInFailed\"", log);
        Assert.Contains("data-action=\"SignIn\"", log);
        Assert.Contains("data-action=\"Upload\"", log);
        Assert.Contains(requestId.ToString(), log);
        Assert.Contains("API key '", log);
        Assert.Contains("data-action=\"UserAdded\"", log);
        Assert.Contains("audited.reader@contoso.test", log);
        Assert.DoesNotContain(OtherAdmin, log);
        Assert.Contains("data-action=\"SignIn\"", otherLog);
        Assert.DoesNotContain(PortalApplicationFactory.AdminUser, otherLog);
        Assert.DoesNotContain(requestId.ToString(), otherLog);
        Assert.DoesNotContain("audited.reader@contoso.test", otherLog);
    }

    [Fact]
    public async Task FilterByAction_ShowsOnlyThatAction()
    {
        using var failed = await SignIn.SignInAsync(portal.CreateClient(), PortalApplicationFactory.AdminUser, "wrong again");
        var admin = await portal.SignedInClientAsync();
        await AddUserAsync(admin, "filtered.reader@contoso.test");

        var log = await (await admin.GetAsync("/Audit?action=UserAdded")).ReadHtmlAsync();

        Assert.Contains("data-action=\"UserAdded\"", log);
        Assert.DoesNotContain("data-action=\"SignIn\"", log);
        Assert.DoesNotContain("data-action=\"SignInFailed\"", log);
    }

    [Fact]
    public async Task Readers_MayNotReadTheAuditLog()
    {
        await portal.TryCreateUserAsync("audit.reader@contoso.test", "Reader-Password-1", "Reader");
        var reader = await portal.SignedInClientAsync("audit.reader@contoso.test", "Reader-Password-1");

        using var response = await reader.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task AddUserAsync(HttpClient admin, string userName)
    {
        var page = await (await admin.GetAsync("/Users")).ReadHtmlAsync();
        using var added = await admin.PostAsync("/Users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.Password"] = "First-Password-1", ["Input.Role"] = "Reader",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }));
        Assert.Contains($"Added {userName} as Reader.", await added.ReadHtmlAsync());
    }

    [Fact]
    public async Task KeysCreatedAndRevoked_AreInTheLog()
    {
        var api = portal.CreateApiClient();
        using var created = await api.PostAsJsonAsync("/api/v1/keys", new { name = "audited key", scope = "read" });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<int>();
        using var revoked = await api.DeleteAsync($"/api/v1/keys/{id}");
        var admin = await portal.SignedInClientAsync();

        var log = WebUtility.HtmlDecode(await (await admin.GetAsync("/Audit?action=KeyCreated")).ReadHtmlAsync());
        var revokes = WebUtility.HtmlDecode(await (await admin.GetAsync("/Audit?action=KeyRevoked")).ReadHtmlAsync());

        Assert.Contains("audited key", log);
        Assert.Contains("Scope read", log);
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), revokes);
    }
}
