using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>While the latest request is pending, the blade shows how far it got. The worker is driven by hand.</summary>
public sealed partial class BladeProgressTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync() => _browser = await BladeSample.SignInWithSampleAsync(portal);

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
