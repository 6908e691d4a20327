namespace MmdPortal.Benchmarks.Load;

/// <summary>A client's pause that ends early, without an exception, when the run stops.</summary>
public static class LoadPause
{
    public static async Task WaitAsync(TimeSpan pause, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pause, stop);
        }
        catch (OperationCanceledException)
        {
            // The run is over; the loop sees the token.
        }
    }
}
