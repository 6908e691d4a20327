using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Scenario 5: an agent checks in every device of an organisation, a batch per call, one call after
/// another (or <c>--callers</c> calls at a time, as several agents). The first round makes Ready-for-user devices Active; the second is the steady state (already Active).</summary>
public static class CheckInsScenario
{
    public static async Task RunAsync(BenchContext context)
    {
        var options = context.Options;
        await using var portal = await context.StartPortalAsync("checkins");
        var organization = (await context.Database.AddOrganizationsAsync(1, "Check-ins"))[0];
        await FleetSeeder.SeedAsync(context.Database, [organization.Id], options.CheckIns, (_, _, _) => { });
        var bodies = Bodies(options.CheckIns, options.CheckInBatch);
        var size = options.CheckIns.ToString("N0", CultureInfo.InvariantCulture);
        using var client = new PortalClient(portal.Address, organization.Key);
        foreach (var round in new[] { "first (Ready for user → Active)", "again (already Active)" })
        {
            var clock = Stopwatch.StartNew();
            var updated = 0;
            var next = -1;
            // Each caller takes the next batch not yet sent, so the calls go in order and several are in flight.
            await Task.WhenAll(Enumerable.Range(0, options.CheckInCallers).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < bodies.Count; i = Interlocked.Increment(ref next))
                {
                    using var answer = await client.PostJsonAsync("/api/v1/checkins", bodies[i]);
                    Interlocked.Add(ref updated, answer.RootElement.GetProperty("updated").GetInt32());
                }
            }));

            var perSecond = options.CheckIns / clock.Elapsed.TotalSeconds;
            var callers = options.CheckInCallers == 1 ? "" : $", {options.CheckInCallers} callers";
            context.Results.Add(new Measurement("checkins", size, $"check-ins per second, {round}{callers}", perSecond, "check-ins/s", "≥ 20,000/s", perSecond >= 20_000));
            if (updated != options.CheckIns) context.Results.Note($"checkins {round}: only {updated:N0} of {options.CheckIns:N0} applied");
        }
    }

    private static List<byte[]> Bodies(int total, int batch)
    {
        var bodies = new List<byte[]>();
        for (var first = 1; first <= total; first += batch)
        {
            var devices = Enumerable.Range(first, Math.Min(batch, total - first + 1)).Select(n =>
            {
                var facts = HardwareHashBuilder.SampleFacts(n);
                return new { serialNumber = facts.SerialNumber, manufacturer = facts.Manufacturer, userPrincipalName = $"user{n}@contoso.com" };
            });
            bodies.Add(JsonSerializer.SerializeToUtf8Bytes(new { devices }));
        }

        return bodies;
    }
}
