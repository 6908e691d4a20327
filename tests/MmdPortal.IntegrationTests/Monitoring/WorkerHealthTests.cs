using System.Net;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>Readiness fails when the registration worker stops going round its loop. The tests' poll interval is
/// ten minutes, so the worker may be silent for 30 (three intervals, more than Health:WorkerStaleAfter).</summary>
public sealed class WorkerHealthTests(HangingWorkerPortalFactory portal) : IClassFixture<HangingWorkerPortalFactory>
{
    [Fact]
    public async Task WorkerWhosePassHangs_FailsReadinessOnceItsHeartbeatIsStale()
    {
        var client = portal.CreateClient();
        portal.Claims.Hang = true;

        // The worker wakes at its poll interval, beats, and its pass hangs.
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.Claims.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        var quiet = await Health.GetAsync(client, "/healthz/ready");
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var stale = await Health.GetAsync(client, "/healthz/ready", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Healthy", Health.Status(quiet, "worker"));
        Assert.Equal("Unhealthy", Health.Status(stale));
        Assert.Equal("Unhealthy", Health.Status(stale, "worker"));
        Assert.Contains("has not run for", Health.Description(stale, "worker"));
        Assert.Equal(31 * 60, Health.Data(stale, "worker", "secondsSinceHeartbeat"));
        Assert.Equal("Healthy", Health.Status(await Health.GetAsync(client, "/healthz/live")));
    }
}
