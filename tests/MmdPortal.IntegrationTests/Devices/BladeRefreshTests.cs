using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Devices;

/// <summary>The blade refreshes itself while registrations are pending. Devices the worker decides between the
/// blade's list query and its counts query show as pending in the list while the counts have none: the blade must
/// keep refreshing, or those rows stay "Registration Pending" on screen.</summary>
public sealed class BladeRefreshTests(BladeRefreshTests.Portal portal) : IClassFixture<BladeRefreshTests.Portal>
{
    [Fact]
    public async Task DevicesDecidedBetweenTheListAndTheCounts_KeepTheBladeRefreshing()
    {
        var api = portal.CreateApiClient();
        await portal.RegisterAsync(api, ("fleet.csv", TestCsv.Autopilot(12_001, 12_002)));
        var admin = await portal.SignedInClientAsync();

        portal.Decider.Armed = true;
        using var raced = await admin.GetAsync("/Devices");
        var racedPage = await raced.ReadHtmlAsync();
        using var next = await admin.GetAsync("/Devices");
        var nextPage = await next.ReadHtmlAsync();

        Assert.False(portal.Decider.Armed);
        Assert.Contains("data-pending=\"true\"", racedPage, StringComparison.Ordinal);
        Assert.Contains("data-pending=\"false\"", nextPage, StringComparison.Ordinal);
    }

    /// <summary>The portal with its worker off and <see cref="Decider"/> in its database commands.</summary>
    public sealed class Portal : PortalApplicationFactory
    {
        public DecideBeforeTheCounts Decider { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Registration:WorkerEnabled"] = "false" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Decider));
        }
    }

    /// <summary>Once armed, marks every pending device Ready for user just before the blade's status counts run,
    /// as a worker pass committing at that moment would.</summary>
    public sealed class DecideBeforeTheCounts : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The first grouped query after the list is the status counts (quoted as "d"."Status" on SQLite and
            // d."Status" on PostgreSQL).
            if (Armed && command.CommandText.Contains("GROUP BY", StringComparison.Ordinal)
                && command.CommandText.Contains("\"Status\"", StringComparison.Ordinal))
            {
                Armed = false;
                await using var decide = command.Connection!.CreateCommand();
                decide.Transaction = command.Transaction;
                decide.CommandText = "UPDATE \"Devices\" SET \"Status\" = 2 WHERE \"Status\" = 0";
                await decide.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
