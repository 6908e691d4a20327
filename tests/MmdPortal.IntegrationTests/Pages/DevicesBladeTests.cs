using System.Globalization;
using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>What an admin monitoring devices sees on the blade: chips with counts, sortable headers, the progress
/// of the latest request while it is pending, and the summary charts. The worker is driven by hand.</summary>
public sealed partial class DevicesBladeTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>, IAsyncLifetime
{
    private HttpClient _browser = null!;

    public async Task InitializeAsync() => _browser = await BladeSample.SignInWithSampleAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Chips_CountEachStatusAndNeedsLicence_AndMarkTheActiveOne()
    {
        await portal.AdvanceAsync();

        var failed = await GetAsync("/Devices?status=RegistrationFailed");

        Assert.Equal("1", Chip(failed, "Registration failed"));
        Assert.Equal("3", Chip(failed, "Ready for user"));
        Assert.Equal("0", Chip(failed, "Registration Pending"));
        Assert.Equal("3", Chip(failed, "Needs licence"));
        Assert.Equal("4", Chip(failed, "All"));
        Assert.Matches("aria-current=\"true\"[^>]*data-status=\"RegistrationFailed\"", failed);
        Assert.Single(AriaCurrent().Matches(failed));
        Assert.Contains("data-serial=\"BLADE-BAD-1\"", failed);
        Assert.DoesNotContain($"data-serial=\"{TestCsv.Serial(5000)}\"", failed);

        var licence = await GetAsync("/Devices?needsLicence=true");
        Assert.Matches("id=\"needs-licence\"[^>]*aria-current=\"true\"", licence);
        Assert.Equal(3, Regex.Count(licence, "class=\"licence-needed\""));
    }

    [Fact]
    public async Task Charts_CarryTheNumbersAsTextAndInTheirAccessibleName()
    {
        await portal.AdvanceAsync();

        var html = await GetAsync("/Devices");

        Assert.Contains("role=\"img\" aria-labelledby=\"status-chart-title\"", html);
        Assert.Contains("Devices per status: Registration Pending 0, Registration failed 1, Ready for user 3, Active 0, Inactive 0", html);
        Assert.Contains("data-status=\"ReadyForUser\" data-count=\"3\"", html);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"data-day=\"{today}\" data-count=\"4\"", html);
        Assert.Contains($"data-day=\"{yesterday}\" data-count=\"0\"", html);
        Assert.Equal(30, Regex.Count(html, "data-day=\""));
        // The chart's title is read out, so its day is in the reader's culture (English here, no Accept-Language).
        Assert.Contains($"{DateTime.UtcNow.ToString("d", CultureInfo.GetCultureInfo("en"))} 4", html);
        Assert.Contains("<span id=\"per-day-total\">4</span> in all", html);
    }

    [Fact]
    public async Task Headers_SortTheBladeAndSayHow()
    {
        await portal.AdvanceAsync();

        var bySerial = await GetAsync("/Devices?sort=serialNumber");
        var byDefault = await GetAsync("/Devices");

        var serials = SerialRows().Matches(bySerial).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(serials.Order(StringComparer.Ordinal), serials);
        Assert.Matches("aria-sort=\"ascending\"><a href=\"[^\"]*sort=serialNumber&amp;direction=desc\"", bySerial);
        Assert.Matches("aria-sort=\"descending\"><a href=\"[^\"]*direction=asc\" data-sort=\"registered\"", byDefault);
        Assert.Contains("<td class=\"age\"", byDefault);
        Assert.Contains(">0 min</td>", byDefault);
    }

    private async Task<string> GetAsync(string url) => await (await _browser.GetAsync(url)).ReadHtmlAsync();

    private static string Chip(string html, string label) =>
        Regex.Match(html, $">{Regex.Escape(label)}\\s*<span class=\"chip__count\">([0-9,]+)</span>").Groups[1].Value;

    [GeneratedRegex("<tr data-serial=\"([^\"]+)\"")]
    private static partial Regex SerialRows();

    [GeneratedRegex("class=\"chip[^\"]*\" aria-current=\"true\"")]
    private static partial Regex AriaCurrent();
}
