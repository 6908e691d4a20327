namespace MmdPortal.Benchmarks.Results;

/// <summary>One number the benchmark measured, with the target when it has one.</summary>
/// <remarks><c>Met</c> is null when the number has no target.</remarks>
public sealed record Measurement(string Scenario, string Size, string Metric, double Value, string Unit, string? Target = null, bool? Met = null);
