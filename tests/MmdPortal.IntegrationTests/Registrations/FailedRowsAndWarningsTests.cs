using System.Net;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>The admin learns what to fix: warnings about ignored columns, and the failed rows as a CSV to
/// correct and upload again.</summary>
public sealed class FailedRowsAndWarningsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task UnknownColumn_IsIgnoredWithAWarningOnTheRequest()
    {
        var csv = $"{TestCsv.AutopilotHeader},Notes\r\n{TestCsv.Serial(3001)},,{TestCsv.Hash(3001)},bought 2024\r\n";

        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("notes.csv", csv)));

        var warning = Assert.Single(document["warnings"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("notes.csv, line 1: columns ignored", warning);
        Assert.Contains("'Notes'", warning);
        Assert.Equal("ReadyForUser", document["rows"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedRowsCsv_HasTheRowsToFixInTheUploadFormAndNeutralisesFormulas()
    {
        var csv = TestCsv.AutopilotWith([3101, 3101], ("=HYPERLINK(\"x\")", "T0E="), ("BAD-3102", "not-base64"));
        var requestId = await portal.RegisterAsync(_api, ("mixed.csv", csv));
        await portal.WaitUntilCompletedAsync(_api, requestId);

        using var response = await _api.GetAsync($"/api/v1/registrations/{requestId}/failed-rows");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User,File,Line,Error,Details", lines[0]);
        // The repeat of 3101 needs no fixing; the two broken hashes do, with the formula made inert.
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",,T0E=,,,mixed.csv,4,Hardware hash not valid,", lines[1]);
        Assert.StartsWith("BAD-3102,,not-base64,,,mixed.csv,5,Hardware hash not valid,", lines[2]);
    }

    [Fact]
    public async Task FailedRowsCsv_UploadedAgainAfterFixing_Registers()
    {
        var serial = TestCsv.Serial(3201);
        var requestId = await portal.RegisterAsync(_api, ("broken.csv", TestCsv.AutopilotWith([], (serial, TestCsv.Hash(3201)[..800]))));
        await portal.WaitUntilCompletedAsync(_api, requestId);
        using var failed = await _api.GetAsync($"/api/v1/registrations/{requestId}/failed-rows");
        var fixedCsv = (await failed.Content.ReadAsStringAsync()).Replace(TestCsv.Hash(3201)[..800], TestCsv.Hash(3201));

        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("fixed.csv", fixedCsv)));

        Assert.Equal("ReadyForUser", document["rows"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedRowsCsv_OfAnUnknownRequest_Is404()
    {
        using var response = await _api.GetAsync($"/api/v1/registrations/{Guid.NewGuid()}/failed-rows");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
