using System.Net;
using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>The admin's path: Devices → + Register devices → File upload → Register devices, with the worker
/// driven by hand so that the Pending state can be seen before it passes.</summary>
public sealed class RegisteringOnTheDevicesPageTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync() => _browser = await portal.SignedInClientAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UploadedDevices_ShowPendingThenTheirFinalStatus()
    {
        var csv = TestCsv.AutopilotWith([1201], ("PAGE-BAD-1", "T0E="));

        using var response = await PageForms.UploadOnDevicesPageAsync(_browser, ("page.csv", csv));
        var pending = await response.ReadHtmlAsync();

        var requestId = Regex.Match(pending, "id=\"request-id\">([0-9a-f-]{36})<").Groups[1].Value;
        Assert.True(Guid.TryParse(requestId, out _), "The page shows no Request ID.");
        Assert.Contains("2 devices uploaded.", pending);
        Assert.Contains(RowFor(pending, TestCsv.Serial(1201)), s => s.Contains("Registration Pending"));
        Assert.Contains("data-pending=\"true\"", pending);

        await portal.AdvanceAsync();
        var final = await (await _browser.GetAsync($"/Devices?request={requestId}")).ReadHtmlAsync();

        Assert.Contains(RowFor(final, TestCsv.Serial(1201)), s => s.Contains("Ready for user"));
        Assert.Contains(RowFor(final, "PAGE-BAD-1"), s => s.Contains("Registration failed") && s.Contains("Hardware hash not valid"));
        Assert.Contains("data-pending=\"false\"", final);
        Assert.Contains("Registration is complete.", final);
    }

    [Fact]
    public async Task BladeRegion_IsServedAloneForTheRefreshScript()
    {
        using var response = await _browser.GetAsync("/Devices?handler=Blade");

        var html = await response.ReadHtmlAsync();
        Assert.Contains("data-pending=", html);
        Assert.DoesNotContain("<html", html);
    }

    [Fact]
    public async Task UnusableFile_ShowsWhatToFixInThePanelAndStoresNothing()
    {
        var before = await portal.CountAllAsync();

        using var response = await PageForms.UploadOnDevicesPageAsync(_browser,
            ("ok.csv", TestCsv.Autopilot(1301)), ("<img src=x onerror=alert(1)>.csv", "Manufacturer,Model,Serial Number\r\nA,B,C\r\n"));
        var html = await response.ReadHtmlAsync();

        Assert.Contains("flyin--open", html);
        Assert.Contains("Nothing was registered.", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.csv", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        using var form = new MultipartFormDataContent { { new StringContent(TestCsv.Autopilot(1401)), "files", "a.csv" } };
        var before = await portal.CountAllAsync();

        using var response = await _browser.PostAsync("/Devices?handler=Register", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task DevicesPage_HasTheBladeColumnsAndTheRegisterPanel()
    {
        using var upload = await PageForms.UploadOnDevicesPageAsync(_browser, ("columns.csv", TestCsv.Autopilot(1401)));
        var html = await (await _browser.GetAsync("/Devices")).ReadHtmlAsync();

        var headers = Regex.Matches(html, "<th scope=\"col\"[^>]*>(?:<a [^>]*>)?([^<]+)").Select(m => m.Groups[1].Value);
        Assert.Equal(["Serial number", "Manufacturer", "Model", "Group tag", "Assigned user", "Status", "Error message",
            "Last seen", "Age", "Registered", "Image and delivery"], headers);
        Assert.Contains("+ Register devices", html);
        Assert.Contains("File upload", html);
        Assert.Contains("type=\"file\" multiple", html);
    }

    private static IEnumerable<string> RowFor(string html, string serial) =>
        Regex.Matches(html, $"<tr data-serial=\"{Regex.Escape(serial)}\">(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
}
