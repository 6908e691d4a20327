namespace MmdPortal.Web.Audit;

/// <summary>Runs <see cref="AuditRetention"/> at start-up and then once an hour.</summary>
public sealed class AuditRetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<AuditRetentionWorker> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<AuditRetention>().DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} audit entries past their retention", deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An unhandled exception would stop the host; the next run deletes the same entries.
                logger.LogError(ex, "Deleting expired audit entries failed");
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }
}
