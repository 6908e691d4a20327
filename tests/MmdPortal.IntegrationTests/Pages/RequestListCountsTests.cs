using System.Text.RegularExpressions;
using MmdPortal.IntegrationTests.Lifecycle;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>The Requests list and the API's list carry each request's kind and its rows by outcome.</summary>
public sealed class RequestListCountsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task UploadAndRetry_ListedWithKindAndOutcomeBadges()
    {
        var (upload, retry) = await UploadAndRetryAsync(6100);
        var browser = await portal.SignedInClientAsync();

        var html = await (await browser.GetAsync("/Requests")).ReadHtmlAsync();

        var uploadRow = Row(html, upload);
        Assert.Contains("<td data-kind=\"Upload\">Upload</td>", uploadRow);
        Assert.Contains("counts.csv", uploadRow);
        Assert.Contains("<span class=\"badge badge--ready\" data-count=\"ReadyForUser\">2 Ready for user</span>", uploadRow);
        Assert.Contains("<span class=\"badge badge--failed\" data-count=\"RegistrationFailed\">1 Registration failed</span>", uploadRow);
        Assert.Contains("Completed", uploadRow);
        var retryRow = Row(html, retry);
        Assert.Contains("<td data-kind=\"Retry\">Retry</td>", retryRow);
        Assert.Contains("<span class=\"badge badge--failed\" data-count=\"RegistrationFailed\">1 Registration failed</span>", retryRow);
        Assert.DoesNotContain("ReadyForUser", retryRow);
    }

    [Fact]
    public async Task ApiList_CarriesKindAndCounts()
    {
        var (upload, retry) = await UploadAndRetryAsync(6200);
        var api = portal.CreateApiClient();

        var items = (await (await api.GetAsync("/api/v1/registrations?pageSize=500")).ReadJsonAsync())["items"]!.AsArray();

        var uploaded = items.Single(i => i!["requestId"]!.GetValue<Guid>() == upload)!;
        Assert.Equal("Upload", uploaded["kind"]!.GetValue<string>());
        Assert.Equal(2, uploaded["counts"]!["ReadyForUser"]!.GetValue<int>());
        Assert.Equal(1, uploaded["counts"]!["RegistrationFailed"]!.GetValue<int>());
        var retried = items.Single(i => i!["requestId"]!.GetValue<Guid>() == retry)!;
        Assert.Equal("Retry", retried["kind"]!.GetValue<string>());
        Assert.Equal(1, retried["counts"]!["RegistrationFailed"]!.GetValue<int>());
        Assert.Null(retried["counts"]!["ReadyForUser"]);
    }

    [Fact]
    public async Task ApiList_PagesKeepTheirCounts()
    {
        var (upload, retry) = await UploadAndRetryAsync(6300);
        var api = portal.CreateApiClient();

        var first = await (await api.GetAsync("/api/v1/registrations?pageSize=1")).ReadJsonAsync();
        var second = await (await api.GetAsync($"/api/v1/registrations?pageSize=1&cursor={first["nextCursor"]}")).ReadJsonAsync();

        Assert.Equal(retry, first["items"]![0]!["requestId"]!.GetValue<Guid>());
        Assert.Equal("""{"RegistrationFailed":1}""", first["items"]![0]!["counts"]!.ToJsonString());
        Assert.Equal(upload, second["items"]![0]!["requestId"]!.GetValue<Guid>());
        Assert.Equal(2, second["items"]![0]!["counts"]!["ReadyForUser"]!.GetValue<int>());
    }

    /// <summary>An upload with two ready rows and one failed, then a retry of the failed device (which fails again).</summary>
    private async Task<(Guid Upload, Guid Retry)> UploadAndRetryAsync(int seed)
    {
        var api = portal.CreateApiClient();
        var upload = await portal.RegisterAsync(api,
            ("counts.csv", TestCsv.AutopilotWith([seed, seed + 1], ($"BAD-{seed}", "T0E="))));
        var document = await portal.WaitUntilCompletedAsync(api, upload);
        var failed = document["rows"]!.AsArray().Single(r => r!["status"]!.GetValue<string>() == "RegistrationFailed")!;

        var retried = await (await LifecycleApi.RetryAsync(api, failed["deviceId"]!.GetValue<Guid>())).ReadJsonAsync();
        var retry = retried["requestId"]!.GetValue<Guid>();
        await portal.WaitUntilCompletedAsync(api, retry);
        return (upload, retry);
    }

    private static string Row(string html, Guid requestId) =>
        Regex.Match(html, $"<tr data-request=\"{requestId}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
}
