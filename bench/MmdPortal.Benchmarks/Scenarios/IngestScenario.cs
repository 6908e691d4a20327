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
                await WarmUpLimitAsync(context);
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

    // A portal in service has run its upload path many times: its code is compiled at the last tier (tiered
    // compilation and PGO recompile hot methods in a background thread after enough calls). Several uploads of
    // other devices first, then a wait until the portal is idle, so that the measured upload pays neither for JIT
    // compilation nor for EF's model and query compilation or the first connections. Profiled with perf: after
    // one 200-device upload, or three of 1,000, the background compiler still took a quarter of the portal's CPU
    // during the measured 10,000-device upload (docs/performance.md, item 16); after eight it does not show.
    private const int WarmUpUploads = 8;
    private const int WarmUpDevices = 1_000;

    private static async Task WarmUpAsync(BenchContext context, PortalProcess portal)
    {
        using var client = new PortalClient(portal.Address, context.AdminKey);
        for (var i = 0; i < WarmUpUploads; i++)
        {
            var csv = await DeviceCsv.WriteAsync(context.WorkFolder, WarmUpDevices, firstSeed: 50_000_000 + (i * WarmUpDevices));
            var (requestId, _) = await client.UploadAsync(csv);
            await WaitUntilCompletedAsync(client, requestId, TimeSpan.FromMilliseconds(50), Stopwatch.StartNew());
            File.Delete(csv);
        }

        await WaitUntilIdleAsync(portal);
    }

    // The limit runs in this process: the same warm-up for its code, on a throwaway file and target.
    private static async Task WarmUpLimitAsync(BenchContext context)
    {
        var csv = await DeviceCsv.WriteAsync(context.WorkFolder, WarmUpDevices, firstSeed: 60_000_000);
        for (var i = 0; i < WarmUpUploads; i++) await LimitRun.RunAsync(context.Database, csv);
        File.Delete(csv);
    }

    // Idle: less than 2 % of one core over half a second (background JIT and the worker's last pass are done).
    private static async Task WaitUntilIdleAsync(PortalProcess portal)
    {
        var interval = TimeSpan.FromMilliseconds(500);
        var deadline = Stopwatch.StartNew();
        var cpu = portal.CpuTime;
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(interval);
            var now = portal.CpuTime;
            if (now - cpu < interval * 0.02) return;
            cpu = now;
        }
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
