using System.Net;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using static MmdPortal.IntegrationTests.Devices.Bulk.BulkCalls;

namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>Admins set the assigned user and group tag of many devices at once, through the API or the blade's
/// selection form, in their own organisation only.</summary>
public sealed class BulkAssignmentTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task AssignThroughTheApi_SetsBothFields_ReportsUnknownIds_AndIsAudited()
    {
        var api = portal.CreateApiClient();
        var ids = await RegisterAsync(portal, api, 11001, 11002);
        var unknown = Guid.NewGuid();

        using var response = await AssignAsync(api, new
        {
            deviceIds = new[] { ids[0], ids[1], unknown }, assignedUser = " Adele.Vance@contoso.com ", groupTag = "Sales",
        });

        var result = await response.ReadJsonAsync();
        Assert.Equal(2, result["done"]!.GetValue<int>());
        var problem = Assert.Single(result["problems"]!.AsArray())!;
        Assert.Equal((unknown, "No such device."), (problem["deviceId"]!.GetValue<Guid>(), problem["problem"]!.GetValue<string>()));
        foreach (var id in ids)
        {
            var device = await DeviceAsync(api, id);
            Assert.Equal(("Adele.Vance@contoso.com", "Sales"),
                (device["assignedUser"]!.GetValue<string>(), device["groupTag"]!.GetValue<string>()));
        }

        Assert.Contains(await AuditDetailsAsync(portal, AuditActions.DevicesAssigned),
            d => d.EndsWith("2 devices: assigned user Adele.Vance@contoso.com, group tag Sales", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFieldLeftOut_StaysAsItIs_AndAnEmptyOne_IsCleared()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 11101))[0];
        using var first = await AssignAsync(api, new { deviceIds = new[] { id }, assignedUser = "megan@contoso.com", groupTag = "Kiosk" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await AssignAsync(api, new { deviceIds = new[] { id }, groupTag = "" });

        Assert.Equal(1, (await second.ReadJsonAsync())["done"]!.GetValue<int>());
        var device = await DeviceAsync(api, id);
        Assert.Equal("megan@contoso.com", device["assignedUser"]!.GetValue<string>());
        Assert.Null(device["groupTag"]);
    }

    [Theory]
    [InlineData("not-a-upn", null, "Write it as name@domain")]
    [InlineData(null, null, "Say what to set")]
    [InlineData("a@b.com", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789X", "at most 100 fit")]
    public async Task AnInvalidAssignment_IsABadRequestSayingWhatToFix_AndChangesNothing(string? user, string? tag, string expected)
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 11201 + (expected.Length % 50)))[0];

        using var response = await AssignAsync(api, new { deviceIds = new[] { id }, assignedUser = user, groupTag = tag });

        Assert.Contains(expected, (await response.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Null((await DeviceAsync(api, id))["assignedUser"]);
    }

    [Fact]
    public async Task AnotherOrganisationsDevices_AreReportedAsUnknown_AndLeftAlone_AndReadKeysMayNotAssign()
    {
        var api = portal.CreateApiClient();
        var ours = (await RegisterAsync(portal, api, 11301))[0];
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Northwind Bulk"));
        var theirs = (await RegisterAsync(portal, other, 11302))[0];
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));

        using var assigned = await AssignAsync(api, new { deviceIds = new[] { ours, theirs }, groupTag = "Ours" });
        using var byReader = await AssignAsync(reader, new { deviceIds = new[] { ours }, groupTag = "Reader" });

        var result = await assigned.ReadJsonAsync();
        Assert.Equal(1, result["done"]!.GetValue<int>());
        Assert.Equal(theirs, Assert.Single(result["problems"]!.AsArray())!["deviceId"]!.GetValue<Guid>());
        Assert.Null((await DeviceAsync(other, theirs))["groupTag"]);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Equal("Ours", (await DeviceAsync(api, ours))["groupTag"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssignOnTheBladesForm_SetsTheFields_AndTheBannerSaysWhatHappened()
    {
        var api = portal.CreateApiClient();
        var ids = await RegisterAsync(portal, api, 11401, 11402);
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "assign", [.. ids, Guid.NewGuid()],
            ("assignedUser", "pat@contoso.com"), ("groupTag", "Finance"), ("returnUrl", "/Devices?search=zzz"));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Equal("/Devices?search=zzz", response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("2 devices updated (assigned user pat@contoso.com, group tag Finance); 1 left alone: No such device.", page);
        Assert.Equal("Finance", (await DeviceAsync(api, ids[1]))["groupTag"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssignOnTheBladesForm_InDutch_SaysWhatWasSetInDutch()
    {
        var api = portal.CreateApiClient();
        var ids = await RegisterAsync(portal, api, 11411, 11412);
        var admin = await portal.SignedInClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        using var response = await PostBulkAsync(admin, "assign", ids, ("assignedUser", "pat@contoso.com"), ("groupTag", ""));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Contains("bijgewerkt (toegewezen gebruiker pat@contoso.com, groepstag gewist)", page);
        Assert.DoesNotContain("assigned user", page);
    }

    [Fact]
    public async Task AnInvalidAssignmentOnTheForm_ChangesNothing_AndSaysWhatToFix()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 11501))[0];
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "assign", [id], ("assignedUser", "Pat Smith"), ("groupTag", "x"));

        var page = WebUtility.HtmlDecode(await response.ReadHtmlAsync());
        Assert.Contains("Nothing was changed. The assigned user cannot be used: 'Pat Smith' is not a user principal name.", page);
        Assert.Null((await DeviceAsync(api, id))["groupTag"]);
    }

    [Fact]
    public async Task Readers_GetForbiddenOnTheBulkForm()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 11601))[0];
        await portal.CreateUserAsync("bulk-reader@contoso.test", "Reader-Password-1", PortalRoles.Reader);
        var reader = await portal.SignedInClientAsync("bulk-reader@contoso.test", "Reader-Password-1");

        using var response = await PostBulkAsync(reader, "assign", [id], ("groupTag", "Reader"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await DeviceAsync(api, id))["groupTag"]);
    }
}
