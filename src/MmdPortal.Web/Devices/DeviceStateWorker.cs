using MmdPortal.Data;
using MmdPortal.Web.Monitoring;
using MmdPortal.Web.Support;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Devices;

/// <summary>A thin loop around <see cref="DeviceStateAdvancer"/>: woken by uploads, polling as a safety net.</summary>
public sealed class DeviceStateWorker(
    IServiceScopeFactory scopes,
    RegistrationSignal signal,
    ErrorRecorder errors,
    WorkerHeartbeat heartbeat,
    PendingBacklog backlog,
    TimeProvider time,
    IOptions<RegistrationWorkerOptions> options,
    ILogger<DeviceStateWorker> logger) : BackgroundService
{
    private static readonly TimeSpan StoreSameErrorEvery = TimeSpan.FromMinutes(10);
    private (string What, DateTimeOffset At)? _lastStored;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeat.Beat();
            var moved = 0;
            try
            {
                moved = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An unhandled exception would stop the host; the next pass retries the same devices.
                logger.LogError(ex, "Registration pass failed");
                await StoreAsync(ex);
            }

            // A full batch means more may be waiting: go again at once.
            if (moved < options.Value.BatchSize)
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
        }
    }

    /// <summary>A pass that keeps failing the same way is stored again every ten minutes, not on every retry.</summary>
    private async Task StoreAsync(Exception exception)
    {
        var what = $"{exception.GetType().FullName}: {exception.Message}";
        var now = time.GetUtcNow();
        if (_lastStored is { } last && last.What == what && now - last.At < StoreSameErrorEvery) return;
        _lastStored = (what, now);
        await errors.RecordWorkerFailureAsync(exception);
    }

    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var moved = await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(cancellationToken);
        // The backlog gauges read this measurement rather than query the database on every scrape.
        await backlog.MeasureAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), cancellationToken);
        return moved;
    }
}
