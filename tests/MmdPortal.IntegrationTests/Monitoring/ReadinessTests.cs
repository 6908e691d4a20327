using System.Net;

namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class ReadinessTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Ready_AfterStart_IsHealthyWithEveryCheck()
    {
        var report = await Health.GetAsync(portal.CreateClient(), "/healthz/ready");

        Assert.Equal("Healthy", Health.Status(report));
        Assert.Equal(["backlog", "database", "migrations", "worker"], report["checks"]!.AsObject().Select(c => c.Key).Order());
        Assert.All(report["checks"]!.AsObject(), c => Assert.Equal("Healthy", c.Value!["status"]!.GetValue<string>()));
        Assert.Equal(0, Health.Data(report, "backlog", "pendingDevices"));
    }

    [Fact]
    public async Task Live_DependsOnNothing()
    {
        var report = await Health.GetAsync(portal.CreateClient(), "/healthz/live");

        Assert.Equal("Healthy", Health.Status(report));
        Assert.Empty(report["checks"]!.AsObject());
    }

    [Fact]
    public async Task Healthz_IsTheReadinessReport()
    {
        var report = await Health.GetAsync(portal.CreateClient(), "/healthz");

        Assert.Equal(["backlog", "database", "migrations", "worker"], report["checks"]!.AsObject().Select(c => c.Key).Order());
    }

    [Fact]
    public async Task Probes_AreNeverRateLimited()
    {
        var client = portal.CreateClient();

        for (var i = 0; i < 50; i++)
        {
            using var response = await client.GetAsync("/healthz/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
