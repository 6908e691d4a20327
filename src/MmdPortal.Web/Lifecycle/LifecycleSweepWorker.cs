using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Runs <see cref="InactivitySweep"/> at start-up and then every <see cref="LifecycleOptions.SweepInterval"/>.</summary>
public sealed class LifecycleSweepWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<LifecycleOptions> options, ILogger<LifecycleSweepWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An unhandled exception would stop the host; the next sweep finds the same devices.
                logger.LogError(ex, "Inactivity sweep failed");
            }

            await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
        }
    }

    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InactivitySweep>().SweepAsync(cancellationToken);
    }
}
