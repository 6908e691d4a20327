using System.Diagnostics;
using Xunit.Abstractions;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>Runs the cases of one fuzz test, each on a thread pool thread and bounded by
/// <see cref="FuzzSettings.CaseTimeout"/>, and collects every failure (an exception, a hang, a broken invariant)
/// with the mutations that caused it, so that one run shows all of them rather than the first.</summary>
internal sealed class FuzzRun(ITestOutputHelper output, string subject)
{
    private readonly List<string> _failures = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TimeSpan _slowest;
    private string _slowestCase = "";

    public int Cases { get; private set; }

    /// <summary>Runs one case; <paramref name="check"/> returns the broken invariant, or null.</summary>
    public async Task CaseAsync(string description, Func<CancellationToken, Task<string?>> check)
    {
        Cases++;
        using var timeout = new CancellationTokenSource(FuzzSettings.CaseTimeout);
        string? failure;
        var started = Stopwatch.GetTimestamp();
        try
        {
            failure = await Task.Run(() => check(timeout.Token), CancellationToken.None).WaitAsync(FuzzSettings.CaseTimeout * 2);
        }
        catch (TimeoutException)
        {
            failure = $"hang: no answer within {FuzzSettings.CaseTimeout.TotalSeconds:0} s";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            failure = $"hang: still reading after {FuzzSettings.CaseTimeout.TotalSeconds:0} s";
        }
        catch (Exception ex)
        {
            failure = $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > _slowest) (_slowest, _slowestCase) = (elapsed, description);
        if (failure is not null) _failures.Add($"case {Cases} ({description}): {failure}");
    }

    /// <summary>Reports the counts and time, and fails with the first failures if there are any.</summary>
    public void Finish(string outcomes)
    {
        output.WriteLine($"{subject}: {Cases} cases (seed {FuzzSettings.Seed}) in {_clock.Elapsed.TotalSeconds:0.0} s; {outcomes}; {_failures.Count} failures; slowest case {_slowest.TotalMilliseconds:0} ms ({_slowestCase})");
        Assert.True(Cases > 0, "no case ran");
        Assert.True(_failures.Count == 0,
            $"{_failures.Count} of {Cases} cases of {subject} failed (seed {FuzzSettings.Seed}):\n" + string.Join("\n\n", _failures.Take(8)));
    }
}
