namespace MmdPortal.Web.Monitoring;

/// <summary>When the registration worker last went round its loop. A worker that died or hangs stops beating,
/// which <see cref="WorkerHealthCheck"/> turns into an unhealthy instance.</summary>
public sealed class WorkerHeartbeat(TimeProvider time)
{
    // Until the first beat, the instance's start counts as one: a worker that never starts is stale after the
    // same grace period as one that stopped.
    private long _lastTicks = time.GetUtcNow().UtcTicks;

    public DateTimeOffset Last => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public void Beat() => Interlocked.Exchange(ref _lastTicks, time.GetUtcNow().UtcTicks);
}
