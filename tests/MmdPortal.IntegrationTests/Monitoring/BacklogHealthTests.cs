using System.Net;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>Readiness reports when registration falls behind: the oldest pending device's age against
/// Health:PendingAgeDegraded (10 minutes) and Health:PendingAgeUnhealthy (1 hour).</summary>
public sealed class BacklogHealthTests(FakeClockManualWorkerFactory portal) : IClassFixture<FakeClockManualWorkerFactory>
{
    [Fact]
    public async Task OldPendingDevices_DegradeThenFailReadiness()
    {
        var client = portal.CreateClient();
        await portal.AdvanceAsync();
        await portal.RegisterAsync(portal.CreateApiClient(), ("a.csv", TestCsv.Autopilot(7201, 7202)));

        var fresh = await Health.GetAsync(client, "/healthz/ready");
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        var degraded = await Health.GetAsync(client, "/healthz/ready");
        portal.Clock.Advance(TimeSpan.FromMinutes(50));
        var unhealthy = await Health.GetAsync(client, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
        var live = await Health.GetAsync(client, "/healthz/live");
        await portal.AdvanceAsync();
        var caughtUp = await Health.GetAsync(client, "/healthz/ready");

        Assert.Equal("Healthy", Health.Status(fresh));
        Assert.Equal(2, Health.Data(fresh, "backlog", "pendingDevices"));
        Assert.Equal("Degraded", Health.Status(degraded));
        Assert.Equal("Degraded", Health.Status(degraded, "backlog"));
        Assert.Equal(600, Health.Data(degraded, "backlog", "oldestPendingAgeSeconds"));
        Assert.Equal("Unhealthy", Health.Status(unhealthy));
        Assert.Equal(3600, Health.Data(unhealthy, "backlog", "oldestPendingAgeSeconds"));
        Assert.Contains("not keeping up", Health.Description(unhealthy, "backlog"));
        Assert.Equal("Healthy", Health.Status(live));
        Assert.Equal("Healthy", Health.Status(caughtUp));
        Assert.Equal(0, Health.Data(caughtUp, "backlog", "pendingDevices"));
    }

    [Fact]
    public async Task WorkerSwitchedOff_IsNotApplicable()
    {
        var report = await Health.GetAsync(portal.CreateClient(), "/healthz/ready");

        Assert.Equal("Healthy", Health.Status(report, "worker"));
        Assert.Contains("Registration:WorkerEnabled=false", Health.Description(report, "worker"));
    }
}
