using System.Net;
using System.Net.Http.Json;
using System.Text;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using static MmdPortal.IntegrationTests.Devices.Bulk.BulkCalls;

namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>The Devices view as a download: every device of the filter, batch after batch, safe to open in Excel;
/// and the hardware hashes, for admins, in a form the upload takes back.</summary>
public sealed class DeviceExportTests(SmallExportBatchPortalFactory portal) : IClassFixture<SmallExportBatchPortalFactory>
{
    private static readonly int[] Pilots = [13001, 13002, 13003, 13004, 13005, 13006, 13007];

    [Fact]
    public async Task CsvOfAFilteredView_HasExactlyItsDevices_AcrossBatches_InExcelsForm()
    {
        var api = portal.CreateApiClient();
        var pilots = await RegisterAsync(portal, api, Pilots);
        await RegisterAsync(portal, api, 13011, 13012);
        using var assigned = await AssignAsync(api, new { deviceIds = pilots, assignedUser = "pilot@contoso.com", groupTag = "=HYPERLINK(\"http://x\")" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var admin = await portal.SignedInClientAsync();

        using var response = await admin.GetAsync("/Devices/Export?search=PILOT@&status=ReadyForUser");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^""?devices-\d{4}-\d{2}-\d{2}\.csv""?$", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Serial number,Manufacturer,Model,Group tag,Assigned user,Primary user,Status,Error,Error detail,Last seen (UTC),Registered (UTC),Request ID,Image,Delivered (UTC),Delivered to", lines[0]);
        Assert.True(Pilots.Length > 2 * SmallExportBatchPortalFactory.BatchSize);
        Assert.Equal(Pilots.Select(TestCsv.Serial).Reverse(), lines[1..].Select(l => l.Split(',')[0]));
        Assert.All(lines[1..], l => Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",pilot@contoso.com,,Ready for user,,,", l));
    }

    [Fact]
    public async Task CsvThroughTheApi_WithAReadKey_IsTheSameExport_AndBadFiltersSayWhatToFix()
    {
        var api = portal.CreateApiClient();
        await RegisterAsync(portal, api, 13101, 13102);
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));

        using var response = await reader.GetAsync($"/api/v1/devices/export?search={TestCsv.Serial(13102)}");
        using var badStatus = await reader.GetAsync("/api/v1/devices/export?status=Broken");
        using var badFormat = await reader.GetAsync("/api/v1/devices/export?format=xlsx");

        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(TestCsv.Serial(13102) + ",", lines[1]);
        Assert.Contains("Unknown status 'Broken'", (await badStatus.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("format must be csv", (await badFormat.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task HashesExport_UploadedAgainAfterDeregistering_RegistersEveryDeviceAgain_WithItsAssignment()
    {
        var api = portal.CreateApiClient();
        int[] seeds = [13201, 13202, 13203, 13204, 13205, 13206, 13207];
        var ids = await RegisterAsync(portal, api, seeds);
        using var assigned = await AssignAsync(api, new { deviceIds = ids, assignedUser = "roundtrip@contoso.com", groupTag = "Round trip" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        using var export = await api.GetAsync("/api/v1/devices/export?format=hashes&search=roundtrip@");
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.StartsWith("Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User\r\n", csv.TrimStart('\uFEFF'));
        Assert.Equal(seeds.Length + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        using var deregistered = await api.PostAsJsonAsync("/api/v1/devices/deregister", new { deviceIds = ids });
        Assert.Equal(seeds.Length, (await deregistered.ReadJsonAsync())["done"]!.GetValue<int>());

        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("export.csv", csv)));

        var rows = document["rows"]!.AsArray();
        Assert.Equal(seeds.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal("ReadyForUser", r!["status"]!.GetValue<string>()));
        var again = await portal.GetDevicesAsync(api, "search=roundtrip@");
        Assert.Equal(seeds.Select(TestCsv.Serial).Order(), again.Select(d => d!["serialNumber"]!.GetValue<string>()).Order());
        Assert.All(again, d => Assert.Equal("Round trip", d!["groupTag"]!.GetValue<string>()));
        Assert.Contains(await AuditDetailsAsync(portal, AuditActions.HardwareHashesExported),
            d => d.EndsWith("Hardware hashes of the devices with search 'roundtrip@'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HashesExport_IsForAdminsOnly()
    {
        var api = portal.CreateApiClient();
        await RegisterAsync(portal, api, 13301);
        var readKey = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));
        await portal.CreateUserAsync("export-reader@contoso.test", "Reader-Password-1", PortalRoles.Reader);
        var reader = await portal.SignedInClientAsync("export-reader@contoso.test", "Reader-Password-1");
        var admin = await portal.SignedInClientAsync();

        using var readerPage = await reader.GetAsync("/Devices/Export?format=hashes");
        using var readerCsv = await reader.GetAsync("/Devices/Export");
        using var readKeyApi = await readKey.GetAsync("/api/v1/devices/export?format=hashes");
        using var adminPage = await admin.GetAsync("/Devices/Export?format=hashes");

        Assert.Equal(HttpStatusCode.Forbidden, readerPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readerCsv.StatusCode);
        Assert.DoesNotContain(TestCsv.Hash(13301), await readerCsv.Content.ReadAsStringAsync());
        Assert.Contains("needs an admin key", (await readKeyApi.ReadJsonAsync(HttpStatusCode.Forbidden))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.Matches(@"hardware-hashes-\d{4}-\d{2}-\d{2}\.csv", adminPage.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains(TestCsv.Hash(13301), await adminPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnotherOrganisationsExport_HoldsNoneOfOurDevices()
    {
        var api = portal.CreateApiClient();
        await RegisterAsync(portal, api, 13401);
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Export"));

        using var csv = await other.GetAsync("/api/v1/devices/export");
        using var hashes = await other.GetAsync("/api/v1/devices/export?format=hashes");

        Assert.Single((await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Single((await hashes.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
