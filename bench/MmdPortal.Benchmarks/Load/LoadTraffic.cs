using System.Collections.Concurrent;
using MmdPortal.Benchmarks.Scenarios;

namespace MmdPortal.Benchmarks.Load;

/// <summary>Every answer of a run, by kind of call: how many of each status, and how long each took.</summary>
public sealed class LoadTraffic
{
    private readonly ConcurrentDictionary<string, Kind> _kinds = new();

    public void Record(string kind, LoadAnswer answer, TimeSpan elapsed)
    {
        var log = _kinds.GetOrAdd(kind, _ => new Kind());
        lock (log)
        {
            log.Times.Add(elapsed);
            log.Statuses[answer.Status] = log.Statuses.GetValueOrDefault(answer.Status) + 1;
            // A few bodies of each failure, so that a 5xx can be traced without the portal's log.
            if (answer.Status is 0 or >= 400 && log.Samples.Count < 3) log.Samples.Add($"{answer.Status}: {Shorten(answer.Body)}");
        }
    }

    public IReadOnlyList<LoadKindSummary> Summarise() =>
        _kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => Summary(k.Key, [k.Value])).ToList();

    /// <summary>The kinds whose name starts with <paramref name="prefix"/> as one, e.g. every read of the blade.</summary>
    public LoadKindSummary Combined(string name, string prefix) =>
        Summary(name, _kinds.Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k.Value).ToList());

    private static LoadKindSummary Summary(string name, IReadOnlyList<Kind> kinds)
    {
        var times = new List<TimeSpan>();
        var statuses = new Dictionary<int, int>();
        var samples = new List<string>();
        foreach (var kind in kinds)
        {
            lock (kind)
            {
                times.AddRange(kind.Times);
                foreach (var (status, count) in kind.Statuses) statuses[status] = statuses.GetValueOrDefault(status) + count;
                samples.AddRange(kind.Samples);
            }
        }

        return new LoadKindSummary(name, times.Count,
            statuses.Where(s => s.Key is >= 200 and < 400).Sum(s => s.Value),
            statuses.Where(s => s.Key is >= 400 and < 500).ToDictionary(s => s.Key, s => s.Value),
            statuses.Where(s => s.Key >= 500).Sum(s => s.Value), statuses.GetValueOrDefault(0),
            times.Count == 0 ? 0 : Latency.Percentile(times, 50), times.Count == 0 ? 0 : Latency.Percentile(times, 95),
            times.Count == 0 ? 0 : Latency.Percentile(times, 99), samples);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private sealed class Kind
    {
        public List<TimeSpan> Times { get; } = [];
        public Dictionary<int, int> Statuses { get; } = [];
        public List<string> Samples { get; } = [];
    }
}

/// <summary>One kind of call over a run: answers by class (4xx by code), and latency in milliseconds.</summary>
public sealed record LoadKindSummary(string Kind, int Requests, int Succeeded, IReadOnlyDictionary<int, int> ClientErrors,
    int ServerErrors, int NoAnswer, double P50, double P95, double P99, IReadOnlyList<string> FailureSamples);
