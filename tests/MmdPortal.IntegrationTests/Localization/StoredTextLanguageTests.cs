using System.Net;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>What the portal stores (a device's error detail, a row's outcome, a request's warnings, the audit log)
/// reads in the reader's language on the pages and in the API, while the CSV downloads keep English.</summary>
public sealed class StoredTextLanguageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string File = "stored.csv";

    private const string DutchMismatch = "Het serienummer in het bestand (WRONG-{0}) is niet het serienummer in de hardware-hash";
    private const string EnglishMismatch = "The serial number in the file (WRONG-{0}) is not the one inside the hardware hash";
    private const string DutchWarning = "stored.csv, regel 1: kolommen genegeerd, omdat de portal ze niet gebruikt: 'Notes'.";
    private const string EnglishWarning = "stored.csv, line 1: columns ignored, as the portal does not use them: 'Notes'.";

    [Fact]
    public async Task DutchAdmin_ReadsTheFailureDetailsAndWarnings_InDutch_OnTheBlade()
    {
        var requestId = await UploadAsync(7100);
        var dutch = await DutchClientAsync();

        var blade = WebUtility.HtmlDecode(await (await dutch.GetAsync($"/Devices?request={requestId}")).ReadHtmlAsync());

        Assert.Contains(Mismatch(DutchMismatch, 7100), blade);
        Assert.Contains("De hardware-hash is geen geldige base64.", blade);
        Assert.Contains(DutchWarning, blade);
        Assert.DoesNotContain(Mismatch(EnglishMismatch, 7100), blade);
        Assert.DoesNotContain("columns ignored", blade);
    }

    [Fact]
    public async Task DutchAdmin_ReadsTheFailureDetail_InDutch_OnTheDevicePage_AndItsTimeline()
    {
        var requestId = await UploadAsync(7200);
        var deviceId = await DeviceIdAsync($"WRONG-{7200}");
        var dutch = await DutchClientAsync();

        var page = WebUtility.HtmlDecode(await (await dutch.GetAsync($"/Devices/{deviceId}")).ReadHtmlAsync());

        // Once under Registration, once in the timeline's failure entry.
        Assert.Equal(2, Count(page, Mismatch(DutchMismatch, 7200)));
        Assert.DoesNotContain(Mismatch(EnglishMismatch, 7200), page);
        Assert.NotEqual(Guid.Empty, requestId);
    }

    [Fact]
    public async Task DutchAdmin_ReadsRowOutcomesAndWarnings_InDutch_OnTheRequestPage()
    {
        var requestId = await UploadAsync(7300);
        var dutch = await DutchClientAsync();

        var page = WebUtility.HtmlDecode(await (await dutch.GetAsync($"/Requests/{requestId}")).ReadHtmlAsync());

        Assert.Contains(DutchWarning, page);
        Assert.Contains("Dubbel met stored.csv regel 4.", page);
        Assert.Contains(Mismatch(DutchMismatch, 7300), page);
        Assert.DoesNotContain("Duplicate of", page);
    }

    [Fact]
    public async Task Api_DetailsAndWarnings_FollowAcceptLanguage()
    {
        var requestId = await UploadAsync(7400);
        var dutchApi = portal.CreateApiClient();
        dutchApi.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var englishApi = portal.CreateApiClient();

        var dutch = await portal.GetRequestAsync(dutchApi, requestId);
        var english = await portal.GetRequestAsync(englishApi, requestId);
        var dutchDevice = Assert.Single(await portal.GetDevicesAsync(dutchApi, "search=WRONG-7400"))!;
        var englishDevice = Assert.Single(await portal.GetDevicesAsync(englishApi, "search=WRONG-7400"))!;

        Assert.Equal(DutchWarning, Assert.Single(dutch["warnings"]!.AsArray())!.GetValue<string>());
        Assert.Equal(EnglishWarning, Assert.Single(english["warnings"]!.AsArray())!.GetValue<string>());
        Assert.Equal(["De hardware-hash is geen geldige base64.", "Dubbel met stored.csv regel 4."],
            Details(dutch).Where(d => !d.StartsWith("Het serienummer", StringComparison.Ordinal)));
        Assert.Equal(["The hardware hash is not valid base64.", "Duplicate of stored.csv line 4."],
            Details(english).Where(d => !d.StartsWith("The serial number", StringComparison.Ordinal)));
        Assert.StartsWith(Mismatch(DutchMismatch, 7400), dutchDevice["errorDetail"]!.GetValue<string>());
        Assert.StartsWith(Mismatch(EnglishMismatch, 7400), englishDevice["errorDetail"]!.GetValue<string>());
        // The codes stay the same in both languages.
        Assert.Equal(englishDevice["error"]!.GetValue<string>(), dutchDevice["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Downloads_KeepEnglishDetails_ForADutchReader()
    {
        var requestId = await UploadAsync(7500);
        var dutchApi = portal.CreateApiClient();
        dutchApi.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        var failedRows = await (await dutchApi.GetAsync($"/api/v1/registrations/{requestId}/failed-rows")).Content.ReadAsStringAsync();
        var export = await (await dutchApi.GetAsync("/api/v1/devices/export?search=WRONG-7500")).Content.ReadAsStringAsync();

        Assert.Contains(Mismatch(EnglishMismatch, 7500), failedRows);
        Assert.Contains("The hardware hash is not valid base64.", failedRows);
        Assert.DoesNotContain("hardware-hash", failedRows);
        Assert.Contains(Mismatch(EnglishMismatch, 7500), export);
        Assert.DoesNotContain("serienummer", export);
    }

    [Fact]
    public async Task DutchAdmin_ReadsTheAuditLog_InDutch_EnglishAdminInEnglish()
    {
        await UploadAsync(7600);
        var dutch = await DutchClientAsync();
        var english = await portal.SignedInClientAsync();

        var dutchLog = WebUtility.HtmlDecode(await (await dutch.GetAsync("/Audit?action=Upload")).ReadHtmlAsync());
        var englishLog = WebUtility.HtmlDecode(await (await english.GetAsync("/Audit?action=Upload")).ReadHtmlAsync());
        var dutchSignIns = WebUtility.HtmlDecode(await (await dutch.GetAsync("/Audit?action=SignIn")).ReadHtmlAsync());

        Assert.Contains("<td>4 rijen uit stored.csv</td>", dutchLog);
        Assert.Contains("<td>4 rows from stored.csv</td>", englishLog);
        Assert.Contains("<td>Aanmelding</td>", dutchSignIns);
        Assert.Contains("<option value=\"DevicesRetried\">Apparaten opnieuw geprobeerd</option>", dutchLog);
        // The stored action code is what filters and scripts read.
        Assert.Contains("data-action=\"Upload\"", dutchLog);
    }

    /// <summary>Four rows after a header with an unknown column: a serial number the hash contradicts, a hash that
    /// is not base64, a good device and its repeat.</summary>
    private async Task<Guid> UploadAsync(int seed)
    {
        var csv = $"{TestCsv.AutopilotHeader},Notes\r\n" +
            $"WRONG-{seed},,{TestCsv.Hash(seed)},x\r\n" +
            $"BAD-{seed},,not-base64,x\r\n" +
            $"{TestCsv.Serial(seed + 1)},,{TestCsv.Hash(seed + 1)},x\r\n" +
            $"{TestCsv.Serial(seed + 1)},,{TestCsv.Hash(seed + 1)},x\r\n";
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, (File, csv));
        await portal.WaitUntilCompletedAsync(api, requestId);
        return requestId;
    }

    private async Task<HttpClient> DutchClientAsync()
    {
        var client = await portal.SignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        return client;
    }

    private async Task<Guid> DeviceIdAsync(string serial) =>
        Assert.Single(await portal.GetDevicesAsync(portal.CreateApiClient(), $"search={serial}"))!["id"]!.GetValue<Guid>();

    private static IEnumerable<string> Details(System.Text.Json.Nodes.JsonNode request) =>
        request["rows"]!.AsArray().Select(r => r!["detail"]?.GetValue<string>()).OfType<string>();

    private static string Mismatch(string format, int seed) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, seed);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
