using MmdPortal.Web.Support;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Devices;

/// <summary>A thin loop around <see cref="DeviceStateAdvancer"/>: woken by uploads, polling as a safety net.</summary>
public sealed class DeviceStateWorker(
    IServiceScopeFactory scopes,
    RegistrationSignal signal,
    ErrorRecorder errors,
    TimeProvider time,
    IOptions<RegistrationWorkerOptions> options,
    ILogger<DeviceStateWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var moved = 0;
            try
            {
                moved = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An unhandled exception would stop the host; the next pass retries the same devices.
                logger.LogError(ex, "Registration pass failed");
                await errors.RecordWorkerFailureAsync(ex);
            }

            // A full batch means more may be waiting: go again at once.
            if (moved < options.Value.BatchSize)
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
        }
    }

    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(cancellationToken);
    }
}
