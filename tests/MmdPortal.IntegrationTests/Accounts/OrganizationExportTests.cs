using System.IO.Compression;
using System.Net;

namespace MmdPortal.IntegrationTests.Accounts;

public sealed class OrganizationExportTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task AdminExport_HasEverythingOfTheOrganisationAndNothingOfAnother()
    {
        var contoso = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(contoso, await portal.RegisterAsync(contoso, ("mine.csv", TestCsv.Autopilot(9001))));
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam"));
        await portal.WaitUntilCompletedAsync(fabrikam, await portal.RegisterAsync(fabrikam, ("theirs.csv", TestCsv.Autopilot(9002))));
        var admin = await portal.SignedInClientAsync();

        using var response = await admin.GetAsync("/Organization?handler=Export");

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["devices.csv", "requests.csv", "request-rows.csv", "users.csv", "api-keys.csv"], zip.Entries.Select(e => e.Name));
        var devices = await new StreamReader(zip.GetEntry("devices.csv")!.Open()).ReadToEndAsync();
        Assert.StartsWith("Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User,", devices);
        Assert.Contains($"{TestCsv.Serial(9001)},,{TestCsv.Hash(9001)}", devices);
        Assert.DoesNotContain(TestCsv.Serial(9002), devices);
        var users = await new StreamReader(zip.GetEntry("users.csv")!.Open()).ReadToEndAsync();
        Assert.Contains(PortalApplicationFactory.AdminUser, users);
        Assert.DoesNotContain("AQAAAA", users); // no password hash (Identity's hashes start so)
    }

    [Fact]
    public async Task Reader_CannotExport()
    {
        await portal.TryCreateUserAsync("export.reader@contoso.test", "Reader-Password-9", "Reader");
        var reader = await portal.SignedInClientAsync("export.reader@contoso.test", "Reader-Password-9");

        using var response = await reader.GetAsync("/Organization?handler=Export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
