using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>The API's problem texts follow Accept-Language; its codes (type, status, file, line, enum values) are
/// the same in every language, so that clients keep working whatever language their admin reads.</summary>
public sealed class ApiLanguageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    // A group tag one character longer than its column, on the file's second line.
    private static readonly string LongGroupTag =
        $"{TestCsv.AutopilotHeader},Group Tag\r\n{TestCsv.Serial(901)},,{TestCsv.Hash(901)},{new string('g', 101)}\r\n";

    [Fact]
    public async Task BadCsv_InDutch_NamesFileLineAndFieldInDutch_WithTheSameCodes()
    {
        var dutch = await UploadAsync("nl-NL", ("lang.csv", LongGroupTag));
        var english = await UploadAsync(null, ("lang.csv", LongGroupTag));

        Assert.Equal("lang.csv, regel 2: de groepstag is 101 tekens lang; er passen er maximaal 100. Controleer of de kolommen in de juiste volgorde staan.",
            dutch["detail"]!.GetValue<string>());
        Assert.Equal("De upload kan niet worden gebruikt; er is niets opgeslagen.", dutch["title"]!.GetValue<string>());
        Assert.Equal("lang.csv, line 2: the group tag is 101 characters long; at most 100 fit. Check that the columns are in the right order.",
            english["detail"]!.GetValue<string>());
        AssertSameCodes(english, dutch, "type", "status", "file", "line");
    }

    [Fact]
    public async Task FileWithoutHashColumn_InDutch_QuotesTheColumnsAsFound()
    {
        var dutch = await UploadAsync("nl-NL", ("serials.csv", "Device Serial Number,Windows Product ID\r\nABC,123\r\n"));

        Assert.Equal("serials.csv, regel 1: geen kolom voor de hardware-hash; gevonden: 'Device Serial Number', 'Windows Product ID'. Voeg een kolom 'Hardware Hash' toe.",
            dutch["detail"]!.GetValue<string>());
        Assert.Equal(1, dutch["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task UnknownDevice_InDutch_IsANotFoundProblemInDutch()
    {
        var dutch = await GetProblemAsync("nl-NL", $"/api/v1/devices/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        var english = await GetProblemAsync(null, $"/api/v1/devices/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.Equal("Niet gevonden", dutch["title"]!.GetValue<string>());
        Assert.StartsWith("Op dit adres bestaat niets voor uw organisatie.", dutch["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Not Found", english["title"]!.GetValue<string>());
        Assert.StartsWith("Nothing exists at this address for your organization.", english["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertSameCodes(english, dutch, "type", "status");
    }

    [Fact]
    public async Task InvalidPageSize_InDutch_IsABadRequestInDutch()
    {
        var dutch = await GetProblemAsync("nl-NL", "/api/v1/devices?pageSize=0", HttpStatusCode.BadRequest);

        Assert.Equal("De aanvraag is niet geldig.", dutch["title"]!.GetValue<string>());
        Assert.Equal("pageSize moet tussen 1 en 500 liggen.", dutch["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutAcceptLanguage_ProblemsAreEnglish()
    {
        var english = await GetProblemAsync(null, "/api/v1/devices?pageSize=0", HttpStatusCode.BadRequest);

        Assert.Equal("The request is not valid.", english["title"]!.GetValue<string>());
        Assert.Equal("pageSize must be between 1 and 500.", english["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("nl", "pageSize moet tussen 1 en 500 liggen.")]
    [InlineData("nl-BE", "pageSize moet tussen 1 en 500 liggen.")]
    [InlineData("en-GB", "pageSize must be between 1 and 500.")]
    [InlineData("de-DE", "pageSize must be between 1 and 500.")]
    [InlineData("de-DE, nl;q=0.8", "pageSize moet tussen 1 en 500 liggen.")]
    public async Task BrowserLanguages_LandOnEnglishOrDutch(string acceptLanguage, string detail)
    {
        var problem = await GetProblemAsync(acceptLanguage, "/api/v1/devices?pageSize=0", HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Numbers_InDutch_UseDutchDigitGrouping()
    {
        using var api = Client("nl-NL");
        var ids = Enumerable.Range(0, 10_001).Select(_ => Guid.NewGuid()).ToArray();

        using var response = await api.PostAsJsonAsync("/api/v1/devices/retry", new { deviceIds = ids });

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("deviceIds noemt 10.001 apparaten; één aanroep accepteert er maximaal 10.000.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeviceListing_InDutch_KeepsTheStatusCodes()
    {
        using var english = Client(null);
        await portal.WaitUntilCompletedAsync(english, await portal.RegisterAsync(english, ("one.csv", TestCsv.Autopilot(902))));
        using var dutch = Client("nl-NL");

        var inEnglish = Assert.Single(await portal.GetDevicesAsync(english), d => d!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(902));
        var inDutch = Assert.Single(await portal.GetDevicesAsync(dutch), d => d!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(902));
        var counts = await (await dutch.GetAsync("/api/v1/devices/counts")).ReadJsonAsync();

        Assert.Equal("ReadyForUser", inDutch!["status"]!.GetValue<string>());
        Assert.Equal(inEnglish!.ToJsonString(), inDutch.ToJsonString());
        Assert.True(counts["ReadyForUser"]!.GetValue<int>() >= 1);
    }

    private HttpClient Client(string? acceptLanguage)
    {
        var client = portal.CreateApiClient();
        if (acceptLanguage is not null) client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return client;
    }

    private async Task<JsonNode> UploadAsync(string? acceptLanguage, params (string Name, string Content)[] files)
    {
        using var api = Client(acceptLanguage);
        using var response = await portal.UploadAsync(api, files);
        return await response.ReadJsonAsync(HttpStatusCode.BadRequest);
    }

    private async Task<JsonNode> GetProblemAsync(string? acceptLanguage, string path, HttpStatusCode expected)
    {
        using var api = Client(acceptLanguage);
        using var response = await api.GetAsync(path);
        return await response.ReadJsonAsync(expected);
    }

    private static void AssertSameCodes(JsonNode english, JsonNode dutch, params string[] members)
    {
        foreach (var member in members)
        {
            Assert.NotNull(english[member]);
            Assert.Equal(english[member]!.ToJsonString(), dutch[member]!.ToJsonString());
        }
    }
}
