using System.Globalization;
using MmdPortal.Benchmarks.Load;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Issue 9's load test (<see cref="LoadRun"/>) against portal processes on one database, with the
/// organisations made in the database as the operator makes them. Fails the benchmark when the run found a 5xx,
/// a call without an answer, an unexplained 4xx, or a device lost or duplicated, also by the database's count.</summary>
public static class LoadScenario
{
    // The production rate limit, not the benchmark's million: every client has a key of its own, as in service,
    // so a 429 here would be a limit that real clients hit.
    private static readonly Dictionary<string, string> Settings = new() { ["ApiKeys__RequestsPerMinute"] = "600" };

    public static async Task RunAsync(BenchContext context)
    {
        var options = context.Options;
        var portals = new List<PortalProcess>();
        try
        {
            for (var i = 0; i < options.Instances; i++)
                portals.Add(await context.StartPortalAsync(i == 0 ? "load" : $"load-{i + 1}", Settings, fresh: i == 0));
            var organizations = await context.Database.AddOrganizationsAsync(options.Load.Organizations, "Load");
            var report = await LoadRun.RunAsync(options.Load, portals.Select(p => p.Address).ToList(),
                organizations.Select(o => o.Key).ToList(), context.WorkFolder, Console.WriteLine);
            var inDatabase = await context.Database.ScalarAsync("""SELECT COUNT(*) FROM "Devices" """);
            Console.WriteLine(report.ToText());
            Record(context.Results, options, report, inDatabase);

            var problems = report.Problems.ToList();
            if (inDatabase != report.Fleet.AcceptedRows) problems.Add($"the database holds {inDatabase:N0} devices for {report.Fleet.AcceptedRows:N0} accepted rows");
            if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems));
        }
        finally
        {
            foreach (var portal in portals) await portal.DisposeAsync();
        }
    }

    private static void Record(ResultTable results, BenchOptions options, LoadReport report, long inDatabase)
    {
        var load = options.Load;
        var size = string.Create(CultureInfo.InvariantCulture,
            $"{load.Uploaders}×{load.DevicesPerFile}/{load.Readers}/{load.Agents}, {options.Instances} inst., {load.Duration.TotalSeconds:0} s");
        foreach (var kind in report.Traffic.Append(report.Blade))
        {
            results.Add(new Measurement("load", size, $"{kind.Kind}: requests", kind.Requests, "calls"));
            results.Add(new Measurement("load", size, $"{kind.Kind}: 5xx", kind.ServerErrors, "calls", "0", kind.ServerErrors == 0));
            if (kind.ClientErrors.Count > 0)
                results.Note($"load {kind.Kind}: 4xx {string.Join(", ", kind.ClientErrors.Select(e => $"{e.Value} × {e.Key}"))}");
            results.Add(new Measurement("load", size, $"{kind.Kind}: p50", kind.P50, "ms"));
            results.Add(new Measurement("load", size, $"{kind.Kind}: p95", kind.P95, "ms"));
            results.Add(new Measurement("load", size, $"{kind.Kind}: p99", kind.P99, "ms"));
        }

        var fleet = report.Fleet;
        results.Add(new Measurement("load", size, "uploads accepted during the run", report.RunUploads, "uploads"));
        results.Add(new Measurement("load", size, "rows accepted (with the first file of each organisation)", fleet.AcceptedRows, "rows"));
        results.Add(new Measurement("load", size, "all final after the start", report.AllFinal.TotalSeconds, "s"));
        results.Add(new Measurement("load", size, "devices per second (start to all final)", report.DevicesPerSecond, "devices/s"));
        results.Add(new Measurement("load", size, "devices lost", fleet.Lost, "devices", "0", fleet.Lost == 0));
        results.Add(new Measurement("load", size, "devices duplicated", fleet.Duplicated, "devices", "0", fleet.Duplicated == 0));
        results.Add(new Measurement("load", size, "devices in the database − rows accepted", inDatabase - fleet.AcceptedRows, "devices", "0", inDatabase == fleet.AcceptedRows));
        results.Note($"load: check-ins sent {report.CheckIns.Received:N0}, applied {report.CheckIns.Updated:N0}; problems {string.Join(", ", report.CheckIns.Problems.Select(p => $"{p.Key} {p.Value:N0}"))}");
        if (report.Refused.Count > 0) results.Note($"load: {report.Refused.Count} uploads refused ({string.Join(", ", report.Refused.GroupBy(r => r.Status).Select(g => $"{g.Count()} × {g.Key}"))})");
    }
}
