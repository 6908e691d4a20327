using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.Web.Monitoring;

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

        // The worker wakes at its poll interval, beats, and its pass hangs. Its first pass may still be running
        // (slow start-up on a busy runner), and a timer created after an advance never sees that advance: so advance
        // again until a pass hangs, and count from that pass's heartbeat.
        await WakeUntilAPassHangsAsync();
        var beat = portal.Services.GetRequiredService<WorkerHeartbeat>().Last;
        portal.Clock.Advance(beat.AddMinutes(29) - portal.Clock.GetUtcNow());
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

    private async Task WakeUntilAPassHangsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!portal.Claims.Entered.IsCompleted)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The worker never started a pass that hangs.");
            portal.Clock.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAny(portal.Claims.Entered, Task.Delay(TimeSpan.FromSeconds(1)));
        }
    }
}
