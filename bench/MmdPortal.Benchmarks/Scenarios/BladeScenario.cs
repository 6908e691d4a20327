using System.Globalization;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Scenario 3: the blade's queries over HTTP against a fleet spread over 20 organisations. Calls are made
/// one after another (latency, not throughput), each in turn for another organisation, so that no single
/// organisation's pages stay hot in the caches.</summary>
public static class BladeScenario
{
    private const int PageSize = 100;

    public static async Task RunAsync(BenchContext context)
    {
        var options = context.Options;
        await using var portal = await context.StartPortalAsync("blade");
        var organizations = await context.Database.AddOrganizationsAsync(options.Organizations, "Blade");
        var perOrganization = options.BladeDevices / organizations.Count;
        var seeding = await FleetSeeder.SeedAsync(context.Database, organizations.Select(o => o.Id).ToList(), options.BladeDevices, Shape);
        var size = options.BladeDevices.ToString("N0", CultureInfo.InvariantCulture);
        context.Results.Note($"blade {size}: seeded {organizations.Count} organisations × {perOrganization:N0} devices in {seeding.TotalSeconds:0} s (not measured)");

        var clients = organizations.Select(o => new PortalClient(portal.Address, o.Key)).ToList();
        try
        {
            // Page 200 where there are 200 pages; the last but one page in a smaller (--quick) fleet.
            var page = Math.Max(2, Math.Min(200, (perOrganization / PageSize) - 1));
            var cursor = await CursorOfPageAsync(clients[0], page);
            var random = new Random(8);
            var queries = new (string Name, Func<int, string> Url, bool OneOrganization)[]
            {
                ("first page", _ => $"/api/v1/devices?pageSize={PageSize}", false),
                ("status filter (Active)", _ => $"/api/v1/devices?pageSize={PageSize}&status=Active", false),
                ("search by serial", o => $"/api/v1/devices?pageSize={PageSize}&search={Uri.EscapeDataString(FleetSeeder.Serial((o * perOrganization) + random.Next(1, perOrganization + 1)))}", false),
                ($"page {page} by cursor", _ => $"/api/v1/devices?pageSize={PageSize}&cursor={Uri.EscapeDataString(cursor)}", true),
                ("status counts", _ => "/api/v1/devices/counts", false),
            };
            foreach (var (name, url, oneOrganization) in queries)
            {
                var samples = new List<TimeSpan>(options.LatencySamples);
                for (var i = -10; i < options.LatencySamples; i++)
                {
                    var o = oneOrganization ? 0 : ((i % clients.Count) + clients.Count) % clients.Count;
                    var elapsed = await clients[o].TimeGetAsync(url(o));
                    if (i >= 0) samples.Add(elapsed);  // the first ten warm up connections and the JIT
                }

                Add(context.Results, size, name, samples);
            }
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private static void Add(ResultTable results, string size, string query, List<TimeSpan> samples)
    {
        results.Add(new Measurement("blade", size, $"{query} p50", Latency.Percentile(samples, 50), "ms"));
        var p95 = Latency.Percentile(samples, 95);
        results.Add(new Measurement("blade", size, $"{query} p95", p95, "ms", "≤ 50 ms", p95 <= 50));
        results.Add(new Measurement("blade", size, $"{query} p99", Latency.Percentile(samples, 99), "ms"));
    }

    private static async Task<string> CursorOfPageAsync(PortalClient client, int page)
    {
        string? cursor = null;
        for (var p = 1; p < page; p++)
        {
            var url = $"/api/v1/devices?pageSize={PageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            using var json = await client.GetJsonAsync(url);
            cursor = json.RootElement.GetProperty("nextCursor").GetString()
                ?? throw new InvalidOperationException($"The fleet has fewer than {page} pages.");
        }

        return cursor!;
    }

    // A fleet in use: most devices Ready for user or Active, some Inactive, some failed; none pending, so that the
    // registration worker has nothing to do while the blade is measured.
    private static void Shape(int n, DeviceRecord device, DateTime now)
    {
        switch (n % 100)
        {
            case < 60:
                device.Status = 2;
                break;
            case < 85:
                device.Status = 3;
                device.LastSeenAt = now.AddHours(-(n % 100));
                device.PrimaryUser = device.AssignedUser;
                break;
            case < 92:
                device.Status = 4;
                device.LastSeenAt = now.AddDays(-10);
                break;
            default:
                device.Status = 1;
                device.Error = 2;
                device.ErrorDetail = "The hardware hash is cut short or was edited: its SHA-256 checksum does not match.";
                break;
        }
    }
}
