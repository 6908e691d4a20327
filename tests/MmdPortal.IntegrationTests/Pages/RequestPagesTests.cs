using System.Net;
using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

public sealed class RequestPagesTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync() => _browser = await portal.SignedInClientAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RequestDetail_ListsEveryRowWithWhatToDo()
    {
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("shop.csv", TestCsv.AutopilotWith([5001, 5001], ("BAD-5002", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);

        var html = await (await _browser.GetAsync($"/Requests/{requestId}")).ReadHtmlAsync();

        Assert.Contains(requestId.ToString(), html);
        Assert.Equal(3, Regex.Count(html, "<tr data-line="));
        Assert.Contains("Duplicate of shop.csv line 2.", html);
        Assert.Contains("No further action required.", html);
        Assert.Contains("Capture the hardware hash again with Get-WindowsAutoPilotInfo", html);
        Assert.Contains("Download failed rows (CSV)", html);

        var requests = await (await _browser.GetAsync("/Requests")).ReadHtmlAsync();
        Assert.Contains($"/Requests/{requestId}", requests);
    }

    [Fact]
    public async Task FailedRowsDownload_FromThePage_IsACsv()
    {
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("one.csv", TestCsv.AutopilotWith([], ("BAD-5101", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);

        using var response = await _browser.GetAsync($"/Requests/{requestId}?handler=FailedRows");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BAD-5101,,T0E=", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FailedRowsOnly_ListsTheFailedRowsWithTheirCopyableRequestId()
    {
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("filter.csv", TestCsv.AutopilotWith([5401, 5402], ("BAD-5403", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);

        var all = await (await _browser.GetAsync($"/Requests/{requestId}")).ReadHtmlAsync();
        var failed = await (await _browser.GetAsync($"/Requests/{requestId}?failed=true")).ReadHtmlAsync();

        Assert.Equal(3, Regex.Count(all, "<tr data-line="));
        Assert.Equal(1, Regex.Count(failed, "<tr data-line="));
        Assert.Contains("<tr data-line=\"4\" data-status=\"RegistrationFailed\">", failed);
        Assert.Contains("BAD-5403", failed);
        Assert.DoesNotContain(TestCsv.Serial(5401), failed);
        Assert.Contains("Hardware hash not valid", failed);
        Assert.Contains("Failed rows only (1)", failed);
        Assert.Contains("Download failed rows (CSV)", failed);
        Assert.Contains($"Request ID: <span class=\"request-id\" data-request-id=\"{requestId}\"><code class=\"copyable\" data-copied-label=\"Copied\" data-copy=\"\" data-copy-label=\"Copy\" data-copy-title=\"Copy the Request ID\" data-press-label=\"Press Ctrl&#x2B;C\">{requestId}</code></span>", failed);
        Assert.DoesNotContain("/Support?id=", failed);
        Assert.Contains($"<h1>Request <span class=\"request-id\" data-request-id=\"{requestId}\"><code class=\"copyable\" data-copied-label=\"Copied\" data-copy=\"\" data-copy-label=\"Copy\" data-copy-title=\"Copy the Request ID\" data-press-label=\"Press Ctrl&#x2B;C\" id=\"request-id\">{requestId}</code></span></h1>", failed);
    }

    [Fact]
    public async Task RetryRequest_RowsReadAsRetriesAndTheUploadRowNamesTheRetry()
    {
        var api = portal.CreateApiClient();
        var upload = await portal.RegisterAsync(api, ("retry.csv", TestCsv.AutopilotWith([], ("BAD-5501", "T0E="))));
        var device = (await portal.WaitUntilCompletedAsync(api, upload))["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        var retry = (await (await Lifecycle.LifecycleApi.RetryAsync(api, device)).ReadJsonAsync())["requestId"]!.GetValue<Guid>();
        await portal.WaitUntilCompletedAsync(api, retry);

        var retried = await (await _browser.GetAsync($"/Requests/{retry}")).ReadHtmlAsync();
        var uploaded = await (await _browser.GetAsync($"/Requests/{upload}?failed=true")).ReadHtmlAsync();

        Assert.Contains("(a retry of failed devices)", retried);
        Assert.Matches("<tr data-line=\"1\" data-status=\"RegistrationFailed\">\\s*<td>Retry</td><td>—</td>", retried);
        Assert.Contains($"<a href=\"/Devices/{device}\">BAD-5501</a>", retried);
        // The device's error now comes from the retry: that is the ID support finds it under.
        Assert.Contains($"data-request-id=\"{retry}\"", uploaded);
    }

    [Fact]
    public async Task UnknownRequest_IsNotFound()
    {
        using var response = await _browser.GetAsync($"/Requests/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ValidateOnly_ShowsThePredictionInThePanelAndStoresNothing()
    {
        var before = await portal.CountAllAsync();

        using var response = await PageForms.UploadOnDevicesPageAsync(_browser, "Validate",
            ("check.csv", TestCsv.AutopilotWith([5201], ("BAD-5202", "T0E="))));
        var html = await response.ReadHtmlAsync();

        Assert.Contains("Validation of 2 rows — nothing was stored", html);
        Assert.Contains("1 would be <strong>Ready for user</strong>", html);
        Assert.Contains("1 would be <strong>Registration failed</strong>", html);
        Assert.Contains("BAD-5202", html);
        Assert.Equal(before, await portal.CountAllAsync());
    }
}
