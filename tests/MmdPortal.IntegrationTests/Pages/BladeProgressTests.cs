using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>While the latest request is pending, the blade shows how far it got. The worker is driven by hand.</summary>
public sealed partial class BladeProgressTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _browser = await portal.SignedInClientAsync();
        var page = await (await _browser.GetAsync("/Devices")).ReadHtmlAsync();
        if (page.Contains("data-serial=", StringComparison.Ordinal)) return;
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n"
            + string.Concat(Enumerable.Range(5000, 3).Select(s => $"{TestCsv.Serial(s)},,{TestCsv.Hash(s)},adele@contoso.com\r\n"))
            + "BLADE-BAD-1,,T0E=,\r\n";
        using var response = await PageForms.UploadOnDevicesPageAsync(_browser, ("blade.csv", csv));
        Assert.Contains("id=\"request-id\"", await response.ReadHtmlAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PendingRequest_ShowsProgressThenNoneOnceProcessed()
    {
        var pending = await GetAsync("/Devices");

        Assert.Contains("<progress max=\"4\" value=\"0\"", pending);
        Assert.Contains("0 of 4 processed", pending);
        Assert.Contains("Pending <span class=\"chip__count\">4</span>", pending);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\"", pending);

        await portal.AdvanceAsync();
        var done = await GetAsync("/Devices?handler=Blade");

        Assert.DoesNotContain("<progress", done);
        Assert.DoesNotContain("processed", done);
        Assert.Contains("data-pending=\"false\"", done);
    }

    private async Task<string> GetAsync(string url) => await (await _browser.GetAsync(url)).ReadHtmlAsync();

    private static string Chip(string html, string label) =>
        Regex.Match(html, $">{Regex.Escape(label)}\\s*<span class=\"chip__count\">([0-9,]+)</span>").Groups[1].Value;

    [GeneratedRegex("<tr data-serial=\"([^\"]+)\"")]
    private static partial Regex SerialRows();

    [GeneratedRegex("class=\"chip[^\"]*\" aria-current=\"true\"")]
    private static partial Regex AriaCurrent();
}
