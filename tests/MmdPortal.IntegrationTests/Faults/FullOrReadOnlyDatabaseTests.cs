using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>The SQLite file cannot take a write: its disk is full (simulated with <see cref="PageLimit"/>) or it is
/// opened read-only. An upload is refused with 503, a message saying what happened and a Request ID; nothing of it
/// is stored, the file stays intact, and once the database can be written again the same upload succeeds.</summary>
public sealed class FullOrReadOnlyDatabaseTests
{
    private static readonly int[] Fleet = Enumerable.Range(91_000, 400).ToArray();

    [SqliteOnlyFact]
    public async Task UploadWhileTheDiskIsFull_Is503AndStoresNothing_ThenTheSameUploadSucceeds()
    {
        await using var portal = new FaultablePortal();
        var api = portal.CreateApiClient();
        // 400 hashes of ~4 KB need some 400 pages more than the database holds now: give it 40.
        portal.Pages.MaxPages = await portal.PageCountAsync() + 40;

        using var refused = await portal.UploadAsync(api, ("fleet.csv", TestCsv.Autopilot(Fleet)));

        await AssertUnavailableAsync(refused, "no space left");
        await AssertNothingStoredAndIntactAsync(portal);

        portal.Pages.MaxPages = null;
        await AssertTheSameUploadNowSucceedsAsync(portal, api);
    }

    [SqliteOnlyFact]
    public async Task UploadWhileTheDatabaseIsReadOnly_Is503AndStoresNothing_WhileReadingWorks()
    {
        await using var portal = new FaultablePortal();
        var api = portal.CreateApiClient();
        var browser = await portal.SignedInClientAsync();
        // A key records when it was last used at most once a minute: this call makes the upload's a read.
        Assert.Empty(await portal.GetDevicesAsync(api));
        var configuration = portal.Services.GetRequiredService<IConfiguration>();
        var writable = configuration["ConnectionStrings:Portal"]!;
        // The portal reads its connection string for every unit of work: from now on it opens the file read-only.
        configuration["ConnectionStrings:Portal"] = writable + ";Mode=ReadOnly";

        using var refused = await portal.UploadAsync(api, ("fleet.csv", TestCsv.Autopilot(Fleet)));
        using var devices = await api.GetAsync("/api/v1/devices");
        using var page = await browser.GetAsync("/Devices");

        await AssertUnavailableAsync(refused, "read-only");
        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.True(page.StatusCode == HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
        configuration["ConnectionStrings:Portal"] = writable;
        await AssertNothingStoredAndIntactAsync(portal);
        await AssertTheSameUploadNowSucceedsAsync(portal, api);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("nothing of it was stored", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem["requestId"]!.GetValue<string>()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", body, StringComparison.Ordinal);
    }

    private static async Task AssertNothingStoredAndIntactAsync(FaultablePortal portal)
    {
        Assert.Equal((0, 0, 0), await portal.CountAllAsync());
        Assert.Equal("ok", await portal.IntegrityCheckAsync());
    }

    private static async Task AssertTheSameUploadNowSucceedsAsync(FaultablePortal portal, HttpClient api)
    {
        var requestId = await portal.RegisterAsync(api, ("fleet.csv", TestCsv.Autopilot(Fleet)));
        Assert.Equal(Fleet.Length, await portal.AdvanceAsync());
        var request = await portal.GetRequestAsync(api, requestId);
        Assert.Equal("Completed", request["status"]!.GetValue<string>());
        Assert.Equal((Fleet.Length, 1, Fleet.Length), await portal.CountAllAsync());
        Assert.Equal("ok", await portal.IntegrityCheckAsync());
    }

    /// <summary>The portal on its own SQLite file with the worker off and <see cref="Pages"/> on every connection.</summary>
    private sealed class FaultablePortal() : PortalApplicationFactory(
        Path.Combine(Path.GetTempPath(), "mmdportal-tests", Guid.NewGuid().ToString("N")), postgres: null)
    {
        public PageLimit Pages { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Registration:WorkerEnabled"] = "false" };

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Pages));
        }

        public async Task<long> PageCountAsync() => (long)(await QueryAsync("PRAGMA page_count"))!;

        public async Task<string> IntegrityCheckAsync() => (string)(await QueryAsync("PRAGMA integrity_check"))!;

        private async Task<object?> QueryAsync(string sql)
        {
            var file = new SqliteConnectionStringBuilder(Services.GetRequiredService<IConfiguration>()["ConnectionStrings:Portal"]).DataSource;
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
    }
}
