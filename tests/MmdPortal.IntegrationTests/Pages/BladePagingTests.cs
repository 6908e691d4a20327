using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>The blade's Next page link keeps the sort. The worker is driven by hand.</summary>
public sealed partial class BladePagingTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync() => _browser = await BladeSample.SignInWithSampleAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pager_KeepsTheSortAcrossPages()
    {
        using var api = portal.CreateApiClient();
        await portal.RegisterAsync(api, ("more.csv", TestCsv.Autopilot([.. Enumerable.Range(5100, 60)])));
        while (await portal.AdvanceAsync() > 0) { }

        var first = await GetAsync("/Devices?sort=model&direction=desc");
        var next = Regex.Match(first, "class=\"pager\"><a href=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var second = await GetAsync(next);

        Assert.Contains("sort=model", next);
        Assert.Contains("direction=desc", next);
        var rows = SerialRows().Matches(first).Concat(SerialRows().Matches(second)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(64, rows.Count);
        Assert.Equal(64, rows.Distinct().Count());
    }

    private async Task<string> GetAsync(string url) => await (await _browser.GetAsync(url)).ReadHtmlAsync();

    private static string Chip(string html, string label) =>
        Regex.Match(html, $">{Regex.Escape(label)}\\s*<span class=\"chip__count\">([0-9,]+)</span>").Groups[1].Value;

    [GeneratedRegex("<tr data-serial=\"([^\"]+)\"")]
    private static partial Regex SerialRows();

    [GeneratedRegex("class=\"chip[^\"]*\" aria-current=\"true\"")]
    private static partial Regex AriaCurrent();
}
