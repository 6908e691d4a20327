using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Probes_AreExemptFromRateLimits()
    {
        // A limiter on everything that lets one request an hour through: probes must pass it anyway.
        using var limited = portal.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Configure<RateLimiterOptions>(o => o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ =>
                RateLimitPartition.GetFixedWindowLimiter("all", _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = TimeSpan.FromHours(1) })))));
        var client = limited.CreateClient();

        using var first = await client.GetAsync("/Account/SignIn");
        using var second = await client.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        foreach (var path in new[] { "/healthz/live", "/healthz/ready", "/healthz", "/healthz/live" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }
}
