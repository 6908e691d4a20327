using System.Diagnostics;
using System.Globalization;
using System.Net;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.IntegrationTests.Monitoring;
using MmdPortal.Web.Devices.Hashes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>The PostgreSQL server goes away for ~10 s while the worker registers an upload: the API answers 503
/// problem+json and pages a friendly 503 page, each with a Request ID; readiness reports the database; and when the
/// server is back the worker and the sweep carry on by themselves, with every device decided and nothing lost.</summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [PostgresServerFact]
    public async Task DatabaseServerStoppedForTenSeconds_PortalAnswers503ThenResumesByItself()
    {
        using var cluster = await PostgresCluster.StartNewAsync();
        var database = TestPostgresDatabase.OnServer(cluster.ConnectionString);
        await using var portal = new OutagePortal(database);
        var api = portal.CreateApiClient();
        var browser = await portal.SignedInClientAsync();
        var fleet = Enumerable.Range(70_000, 1_000).ToArray();
        var requestId = await portal.RegisterAsync(api, ("fleet.csv", TestCsv.Autopilot(fleet)));

        var pendingWhenStopped = await CountAsync(portal, d => d.Status == DeviceStatus.RegistrationPending);
        await cluster.StopAsync();
        Assert.True(pendingWhenStopped > 0, "The worker had decided every device before the server stopped.");
        var down = Stopwatch.StartNew();
        var checks = 0;
        while (down.Elapsed < Outage)
        {
            await AssertApiUnavailableAsync(await api.GetAsync("/api/v1/devices"));
            await AssertApiUnavailableAsync(await portal.UploadAsync(api, ("late.csv", TestCsv.Autopilot(1, 2, 3))));
            await AssertPageUnavailableAsync(await browser.GetAsync("/Devices"));
            var ready = await Health.GetAsync(api, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Unhealthy", Health.Status(ready, "database"));
            Assert.Equal("Healthy", Health.Status(await Health.GetAsync(api, "/healthz/live")));
            checks++;
        }

        await cluster.StartAsync();
        output.WriteLine($"Down for {down.Elapsed.TotalSeconds:0.0} s with {pendingWhenStopped} devices pending, {checks} rounds of checks answered 503");
        var back = Stopwatch.StartNew();
        await WaitAsync(async () => (await api.GetAsync("/healthz/ready")).StatusCode == HttpStatusCode.OK, "readiness");
        output.WriteLine($"Ready again {back.Elapsed.TotalSeconds:0.0} s after the server started");

        // Nobody wakes the worker: its own polling finds the devices the outage interrupted.
        await WaitAsync(async () => (await portal.GetRequestAsync(api, requestId))["status"]!.GetValue<string>() == "Completed", "the upload");
        var request = await portal.GetRequestAsync(api, requestId);
        output.WriteLine($"Upload completed {back.Elapsed.TotalSeconds:0.0} s after the server started: {request["counts"]}");
        Assert.Equal(fleet.Length, await CountAsync(portal, d => d.Status == DeviceStatus.ReadyForUser));
        Assert.Equal((fleet.Length, 1, fleet.Length), await portal.CountAllAsync());

        // The upload refused during the outage stored nothing, and goes through now.
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("late.csv", TestCsv.Autopilot(1, 2, 3))));
        Assert.Equal((fleet.Length + 3, 2, fleet.Length + 3), await portal.CountAllAsync());

        // The sweep, failing every second during the outage, runs again: a device last seen two minutes ago goes Inactive.
        var facts = HardwareHashBuilder.SampleFacts(fleet[0]);
        var seen = DateTimeOffset.UtcNow.AddMinutes(-2).ToString("O", CultureInfo.InvariantCulture);
        using (var checkIn = await portal.CheckInAsync(api, new { serialNumber = facts.SerialNumber, manufacturer = facts.Manufacturer, at = seen }))
            Assert.True(checkIn.IsSuccessStatusCode, await checkIn.Content.ReadAsStringAsync());
        await WaitAsync(async () => await CountAsync(portal, d => d.Status == DeviceStatus.Inactive) == 1, "the sweep");
    }

    private static async Task AssertApiUnavailableAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var problem = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("cannot be reached", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(problem["requestId"]!.GetValue<string>()));
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        }
    }

    private static async Task AssertPageUnavailableAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var html = await response.ReadHtmlAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("The database is unavailable", html, StringComparison.Ordinal);
            Assert.Contains("data-request-id=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        }
    }

    private static async Task<int> CountAsync(PortalApplicationFactory portal, System.Linq.Expressions.Expression<Func<Device, bool>> where)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Devices.IgnoreQueryFilters().CountAsync(where);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), $"Timed out waiting for {what} after the outage.");
            await Task.Delay(100);
        }
    }

    /// <summary>The portal on the test's own cluster, its worker and sweep running on short intervals.</summary>
    private sealed class OutagePortal(TestPostgresDatabase database) : PortalApplicationFactory(
        Path.Combine(Path.GetTempPath(), "mmdportal-tests", Guid.NewGuid().ToString("N")), database)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            // Passes of 50 devices: the upload's 1,000 take many passes, so the outage cuts into them.
            ["Registration:BatchSize"] = "50",
            ["Registration:PollInterval"] = "00:00:00.200",
            // A pass the outage cut short holds its claim this long before another pass takes the devices.
            ["Registration:ClaimLease"] = "00:00:02",
            ["Lifecycle:SweepEnabled"] = "true",
            ["Lifecycle:SweepInterval"] = "00:00:01",
            ["Lifecycle:InactiveAfter"] = "00:01:00",
        };
    }
}
