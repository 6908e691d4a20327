using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Devices;

/// <summary>One pass of the registration state machine, in set-based statements over all organisations.</summary>
public sealed class DeviceStateAdvancer(
    PortalDbContext db, TimeProvider time, IOptions<RegistrationWorkerOptions> options, ILogger<DeviceStateAdvancer> logger)
{
    /// <summary>Moves at most one batch of pending devices to their final status and completes the requests
    /// that have no pending device left. Returns how many devices moved.</summary>
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pending = db.Devices.IgnoreQueryFilters().Where(d => d.Status == DeviceStatus.RegistrationPending);
        // One transaction: a reader must never see a request's devices all final while the request is still
        // Pending, or the blade's refresh (which stops once no device is pending) keeps "in progress" on screen.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (failed, ready) = await ApplyRulesAsync(pending, options.Value.BatchSize, now, cancellationToken);

        var completed = await db.Requests.IgnoreQueryFilters()
            .Where(r => r.Status == RequestStatus.Pending)
            .Where(r => !db.Devices.IgnoreQueryFilters()
                .Any(d => d.RequestId == r.Id && d.Status == DeviceStatus.RegistrationPending))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, RequestStatus.Completed)
                .SetProperty(r => r.CompletedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (failed + ready + completed > 0)
            logger.LogInformation("Registered {Ready} devices, {Failed} failed, {Completed} requests completed",
                ready, failed, completed);
        return failed + ready;
    }

    /// <summary>What the worker would do with one request's devices, applied inside the caller's transaction:
    /// "Validate only" runs it on an upload it then rolls back.</summary>
    public Task PredictAsync(long requestId, CancellationToken cancellationToken) => ApplyRulesAsync(
        db.Devices.Where(d => d.RequestId == requestId && d.Status == DeviceStatus.RegistrationPending),
        int.MaxValue, time.GetUtcNow().UtcDateTime, cancellationToken);

    private static async Task<(int Failed, int Ready)> ApplyRulesAsync(
        IQueryable<Device> pending, int batchSize, DateTime now, CancellationToken cancellationToken)
    {
        // The hash was checked at upload; the verdict is applied here, where the later registration rules join it.
        var failed = await pending.Where(d => d.HashProblem != null).OrderBy(d => d.Id).Take(batchSize)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.RegistrationFailed)
                .SetProperty(d => d.Error, RegistrationError.HardwareHashNotValid)
                .SetProperty(d => d.ErrorDetail, d => d.HashProblem)
                .SetProperty(d => d.StatusChangedAt, now), cancellationToken);
        var ready = await pending.Where(d => d.HashProblem == null).OrderBy(d => d.Id).Take(batchSize)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.ReadyForUser)
                .SetProperty(d => d.StatusChangedAt, now), cancellationToken);
        return (failed, ready);
    }
}
