using System.Net;
using MmdPortal.Web.Accounts;
using static MmdPortal.IntegrationTests.Devices.Bulk.BulkCalls;

namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>The blade's own selection form and download links, as admins and readers see them.</summary>
public sealed class SelectionOnTheBladeTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Admin_SeesACheckboxPerDevice_ForTheBulkForm_AndBothDownloadsOfTheCurrentView()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterAsync(portal, api, 12501))[0];
        var admin = await portal.SignedInClientAsync();

        var search = TestCsv.Serial(12501)[..6];
        var page = await (await admin.GetAsync($"/Devices?status=ReadyForUser&search={search}")).ReadHtmlAsync();

        Assert.Contains($"name=\"deviceIds\" value=\"{id}\" form=\"bulk\"", page);
        Assert.Contains("<form id=\"bulk\" method=\"post\" action=\"/Devices/Bulk\"", page);
        Assert.Contains($"href=\"/Devices/Export?status=ReadyForUser&amp;search={search}&amp;format=csv\"", page);
        Assert.Contains($"href=\"/Devices/Export?status=ReadyForUser&amp;search={search}&amp;format=hashes\"", page);
    }

    [Fact]
    public async Task Reader_HasNoSelection_AndOnlyTheCsvDownload()
    {
        var api = portal.CreateApiClient();
        await RegisterAsync(portal, api, 12502);
        await portal.CreateUserAsync("reader-blade@contoso.test", "Reader-Password-1", PortalRoles.Reader);
        var reader = await portal.SignedInClientAsync("reader-blade@contoso.test", "Reader-Password-1");

        var page = await (await reader.GetAsync("/Devices")).ReadHtmlAsync();

        Assert.DoesNotContain("name=\"deviceIds\"", page);
        Assert.DoesNotContain("id=\"bulk\"", page);
        Assert.Contains("format=csv", page);
        Assert.DoesNotContain("format=hashes", page);
    }

    [Fact]
    public async Task SetGroupTag_FromTheBlade_LeavesTheAssignedUserAlone_EvenWithItsBoxPostedEmpty()
    {
        var api = portal.CreateApiClient();
        var csv = $"{TestCsv.AutopilotHeader},Group Tag,Assigned User\r\n{TestCsv.Serial(12503)},,{TestCsv.Hash(12503)},Sales,megan@contoso.com\r\n";
        var id = (await Lifecycle.LifecycleApi.RegisterOneAsync(portal, api, csv))["deviceId"]!.GetValue<Guid>();
        var admin = await portal.SignedInClientAsync();

        using var response = await PostBulkAsync(admin, "assign-tag", [id], ("groupTag", "Finance"), ("assignedUser", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var device = await DeviceAsync(api, id);
        Assert.Equal(("Finance", "megan@contoso.com"), (device["groupTag"]!.GetValue<string>(), device["assignedUser"]!.GetValue<string>()));
    }
}
