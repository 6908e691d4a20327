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
