using System.Net;
using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class PendingMigrationsHealthTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task InstanceAheadOfItsDatabase_IsNotReady()
    {
        string latest;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // The schema stays; the history forgets the latest migration, as if it had never been applied.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            latest = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}");
        }

        using var instance = portal.SecondInstance(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        var report = await Health.GetAsync(instance.CreateClient(), "/healthz/ready", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", Health.Status(report, "migrations"));
        Assert.Equal("Healthy", Health.Status(report, "database"));
        Assert.Equal([latest], report["checks"]!["migrations"]!["data"]!["pendingMigrations"]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
