using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Active devices without a check-in for <see cref="LifecycleOptions.InactiveAfter"/> become Inactive: one
/// UPDATE over all organisations and one INSERT … SELECT of their transitions, never loading a device.</summary>
public sealed class InactivitySweep(
    PortalDbContext db, TimeProvider time, IOptions<LifecycleOptions> options, ILogger<InactivitySweep> logger)
{
    public const string Actor = "system";

    /// <summary>Returns how many devices became Inactive.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.InactiveAfter;
        long? token = TransitionLog.NewToken();
        // The token makes concurrent sweeps of several portal instances safe: the second UPDATE waits for the
        // first, finds the devices no longer Active, stamps none, and so records no transition twice.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Devices.IgnoreQueryFilters()
            .Where(d => d.Status == DeviceStatus.Active && d.DeregisteredAt == null && d.LastSeenAt <= cutoff)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.Inactive)
                .SetProperty(d => d.StatusChangedAt, now)
                .SetProperty(d => d.ChangeToken, token), cancellationToken);
        if (moved > 0)
            await TransitionLog.RecordAsync(db, token.Value, DeviceStatus.Active, TransitionCause.NoCheckIn, now, Actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (moved > 0) logger.LogInformation("{Count} devices became Inactive: no check-in since {Cutoff:o}", moved, cutoff);
        return moved;
    }
}
