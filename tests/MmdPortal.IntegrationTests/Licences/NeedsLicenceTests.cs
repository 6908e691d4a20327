using System.Net.Http.Json;

namespace MmdPortal.IntegrationTests.Licences;

/// <summary>Devices Ready for user whose assigned user holds no licence are flagged, and can be filtered on.</summary>
public sealed class NeedsLicenceTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string Marker = "Assign a licence before delivering this device";
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task ReadyDeviceOfUnlicensedUser_IsFlaggedUntilTheUserIsLicensed()
    {
        var (unlicensed, licensed, unassigned) = (TestCsv.Serial(7301), TestCsv.Serial(7302), TestCsv.Serial(7303));
        await AddLicencesAsync(_api, "licensed.user@contoso.com");
        await RegisterAsync(_api, (7301, "Unlicensed.User@Contoso.com"), (7302, "Licensed.User@Contoso.com"), (7303, null));

        var before = await FlagsAsync("");
        var filtered = await SerialsAsync("needsLicence=true");
        await AddLicencesAsync(_api, "unlicensed.user@contoso.com");
        var after = await FlagsAsync("");

        Assert.True(before[unlicensed]);
        Assert.False(before[licensed]);
        Assert.False(before[unassigned]);
        Assert.Contains(unlicensed, filtered);
        Assert.DoesNotContain(licensed, filtered);
        Assert.DoesNotContain(unassigned, filtered);
        Assert.False(after[unlicensed]);
        Assert.DoesNotContain(unlicensed, await SerialsAsync("needsLicence=true"));
    }

    [Fact]
    public async Task FailedDeviceOfUnlicensedUser_IsNotFlagged()
    {
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\nFAILED-LICENCE,,T0Enot-valid,nobody@contoso.com\r\n";
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("failed.csv", csv)));

        var flags = await FlagsAsync("status=RegistrationFailed");

        Assert.False(flags["FAILED-LICENCE"]);
    }

    [Fact]
    public async Task BladeAndDetailPage_ShowTheMarkerAndTheFilter()
    {
        var serial = TestCsv.Serial(7311);
        var document = await RegisterAsync(_api, (7311, "page.unlicensed@contoso.com"), (7312, "page.licensed@contoso.com"));
        await AddLicencesAsync(_api, "page.licensed@contoso.com");
        var id = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        var browser = await portal.SignedInClientAsync();

        var blade = await (await browser.GetAsync("/Devices?needsLicence=true")).ReadHtmlAsync();
        var detail = await (await browser.GetAsync($"/Devices/{id}")).ReadHtmlAsync();
        var all = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();

        Assert.Contains($"data-serial=\"{serial}\"", blade);
        Assert.DoesNotContain($"data-serial=\"{TestCsv.Serial(7312)}\"", blade);
        Assert.Contains(Marker, blade);
        Assert.Contains(Marker, detail);
        Assert.Contains("id=\"needs-licence\"", all);
        Assert.Contains("Needs licence", all);
    }

    [Fact]
    public async Task LicenceOfAnotherOrganisation_DoesNotCount()
    {
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam flags"));
        await AddLicencesAsync(other, "cross.org@contoso.com");
        await RegisterAsync(_api, (7321, "cross.org@contoso.com"));

        var flags = await FlagsAsync("search=cross.org");

        Assert.True(flags[TestCsv.Serial(7321)]);
    }

    [Fact]
    public async Task NeedsLicenceNotABoolean_Is400()
    {
        using var response = await _api.GetAsync("/api/v1/devices?needsLicence=maybe");

        var problem = await response.ReadJsonAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("needsLicence", problem["detail"]!.GetValue<string>());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> RegisterAsync(HttpClient api, params (int Seed, string? User)[] devices)
    {
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n" +
            string.Concat(devices.Select(d => $"{TestCsv.Serial(d.Seed)},,{TestCsv.Hash(d.Seed)},{d.User}\r\n"));
        return await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("assigned.csv", csv)));
    }

    private static async Task AddLicencesAsync(HttpClient api, params string[] names)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = names });
        await response.ReadJsonAsync();
    }

    private async Task<Dictionary<string, bool>> FlagsAsync(string query) =>
        (await portal.GetDevicesAsync(_api, query)).ToDictionary(
            d => d!["serialNumber"]!.GetValue<string>(), d => d!["needsLicence"]!.GetValue<bool>());

    private async Task<List<string>> SerialsAsync(string query) =>
        (await portal.GetDevicesAsync(_api, query)).Select(d => d!["serialNumber"]!.GetValue<string>()).ToList();
}
