using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class DatabaseDownHealthTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task UnreachableDatabase_FailsReadinessButNotLiveness()
    {
        var client = portal.CreateClient();
        var configuration = portal.Services.GetRequiredService<IConfiguration>();
        var original = configuration["ConnectionStrings:Portal"];
        // Nothing can be opened below a regular file, not even by root; port 1 refuses connections.
        var blocker = Path.GetTempFileName();
        var unreachable = configuration["Database:Provider"] == "PostgreSQL"
            ? "Host=127.0.0.1;Port=1;Username=postgres;Database=unreachable;Timeout=5"
            : $"Data Source={Path.Combine(blocker, "portal.db")}";

        // The portal reads its connection string for each unit of work: the database goes away under it.
        configuration["ConnectionStrings:Portal"] = unreachable;
        string body;
        try
        {
            using var ready = await client.GetAsync("/healthz/ready");
            body = await ready.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var report = await Health.GetAsync(client, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Unhealthy", Health.Status(report, "database"));
            Assert.Equal("Unhealthy", Health.Status(report, "migrations"));
            Assert.Equal("Unhealthy", Health.Status(report, "backlog"));
            Assert.Equal("Healthy", Health.Status(await Health.GetAsync(client, "/healthz/live")));
        }
        finally
        {
            configuration["ConnectionStrings:Portal"] = original;
            File.Delete(blocker);
        }

        Assert.DoesNotContain(blocker, body);
        Assert.DoesNotContain("Port=1", body);
        Assert.DoesNotContain("Exception", body);
        Assert.Equal("Healthy", Health.Status(await Health.GetAsync(client, "/healthz/ready")));
    }
}
