namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>Percentiles by the nearest-rank method over the samples, in milliseconds.</summary>
public static class Latency
{
    public static double Percentile(IReadOnlyList<TimeSpan> samples, double percentile)
    {
        var sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
