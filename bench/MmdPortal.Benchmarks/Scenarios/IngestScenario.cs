using System.Diagnostics;
using System.Globalization;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Scenarios 1 and 2: one upload of N devices through the API, and the limit run over the same file,
/// each size on a freshly started portal so that its peak working set belongs to that upload alone.</summary>
public static class IngestScenario
{
    private const double MiB = 1024 * 1024;

    public static async Task RunAsync(BenchContext context)
    {
        var ingest = context.Options.Scenarios.Contains("ingest");
        // The ingest always runs the limit too: on a shared machine, "ours ÷ limit" means something only when both
        // are measured in the same minute, with the same load.
        var limit = ingest || context.Options.Scenarios.Contains("limit");
        foreach (var size in context.Options.IngestSizes)
        {
            var label = size.ToString("N0", CultureInfo.InvariantCulture);
            var csv = await DeviceCsv.WriteAsync(context.WorkFolder, size);
            context.Results.Note($"ingest {label}: CSV of {new FileInfo(csv).Length / MiB:0.0} MiB, {size / 100:N0} rows with a damaged hash");
            await using var portal = await context.StartPortalAsync($"ingest-{size}");
            if (ingest) await WarmUpAsync(context, portal);
            context.Results.Add(new Measurement("ingest", label, "portal working set, idle before upload", portal.WorkingSetBytes / MiB, "MiB"));

            // First, while the portal idles: both runs then find the file in the page cache.
            TimeSpan? limitTime = null;
            if (limit)
            {
                var cpu = CurrentProcessCpu();
                limitTime = await LimitRun.RunAsync(context.Database, csv);
                context.Results.Add(new Measurement("limit", label, "CsvHelper + decode + raw insert", limitTime.Value.TotalSeconds, "s"));
                context.Results.Add(new Measurement("limit", label, "CPU time of the limit run", (CurrentProcessCpu() - cpu).TotalSeconds, "s"));
            }

            if (!ingest) continue;
            var final = await UploadAsync(context, portal, csv, size, label);
            if (limitTime is { } l)
            {
                var ratio = final.TotalSeconds / l.TotalSeconds;
                context.Results.Add(size == 10_000
                    ? new Measurement("limit", label, "ours ÷ limit", ratio, "×", "≤ 3×", ratio <= 3)
                    : new Measurement("limit", label, "ours ÷ limit", ratio, "×"));
            }

            File.Delete(csv);
        }
    }

    // A portal in service has run its upload path before: a small upload of other devices first, so that the
    // measured one does not pay for JIT compilation, EF's model and query compilation and the first connections.
    private static async Task WarmUpAsync(BenchContext context, PortalProcess portal)
    {
        var csv = await DeviceCsv.WriteAsync(context.WorkFolder, 200, firstSeed: 50_000_000);
        using var client = new PortalClient(portal.Address, context.AdminKey);
        var (requestId, _) = await client.UploadAsync(csv);
        await WaitUntilCompletedAsync(client, requestId, TimeSpan.FromMilliseconds(50), Stopwatch.StartNew());
        File.Delete(csv);
    }

    private static async Task<TimeSpan> UploadAsync(BenchContext context, PortalProcess portal, string csv, int size, string label)
    {
        using var client = new PortalClient(portal.Address, context.AdminKey);
        var cpu = portal.CpuTime;
        var clock = Stopwatch.StartNew();
        var (requestId, accepted) = await client.UploadAsync(csv);
        // Polling has a cost in the portal too: often enough for a resolution of ~2 % of the target, no more.
        var counts = await WaitUntilCompletedAsync(client, requestId, TimeSpan.FromMilliseconds(size > 10_000 ? 250 : 50), clock);
        var final = clock.Elapsed;
        var portalCpu = portal.CpuTime - cpu;
        var peak = portal.PeakWorkingSetBytes / MiB;
        var results = context.Results;
        results.Add(size == 100_000
            ? new Measurement("ingest", label, "accepted (202)", accepted.TotalSeconds, "s", "≤ 30 s", accepted.TotalSeconds <= 30)
            : new Measurement("ingest", label, "accepted (202)", accepted.TotalSeconds, "s"));
        results.Add(size switch
        {
            10_000 => new Measurement("ingest", label, "all final", final.TotalSeconds, "s", "≤ 3 s", final.TotalSeconds <= 3),
            100_000 => new Measurement("ingest", label, "all final", final.TotalSeconds, "s", "≤ 30 s", final.TotalSeconds <= 30),
            _ => new Measurement("ingest", label, "all final", final.TotalSeconds, "s"),
        });
        results.Add(new Measurement("ingest", label, "devices per second", size / final.TotalSeconds, "devices/s"));
        results.Add(new Measurement("ingest", label, "portal CPU time, upload to all final", portalCpu.TotalSeconds, "s"));
        results.Add(size == 100_000
            ? new Measurement("ingest", label, "portal peak working set", peak, "MiB", "≤ 400 MiB", peak <= 400)
            : new Measurement("ingest", label, "portal peak working set", peak, "MiB"));
        results.Note($"ingest {label}: outcome {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}"))}");
        return final;
    }

    // The limit runs in this process, which does nothing else meanwhile.
    private static TimeSpan CurrentProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<Dictionary<string, int>> WaitUntilCompletedAsync(PortalClient client, Guid requestId, TimeSpan interval, Stopwatch clock)
    {
        var (status, counts) = await client.GetRequestAsync(requestId);
        while (status != "Completed")
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException($"Request {requestId} still pending after 30 minutes.");
            await Task.Delay(interval);
            (status, counts) = await client.GetRequestAsync(requestId);
        }

        return counts;
    }
}
