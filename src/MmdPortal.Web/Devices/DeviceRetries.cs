using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Registrations;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>Sends failed devices through registration again, as a new request with its own Request ID, e.g. once
/// the model is in the catalog or the other organisation released the hardware.</summary>
public sealed class DeviceRetries(PortalDbContext db, RegistrationSignal signal, AuditLog audit, TimeProvider time)
{
    public const int MaxDevices = 10_000;

    public async Task<DeviceActionResult> RetryAsync(
        int organizationId, IReadOnlyCollection<Guid> deviceIds, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await RetryInTransactionAsync(organizationId, deviceIds, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result.Done > 0) signal.Wake();
        return result;
    }

    /// <summary>The retry inside the caller's transaction (a release retries the requester's device in the
    /// transaction that deregisters the owner's). The caller wakes the worker after committing.</summary>
    internal async Task<DeviceActionResult> RetryInTransactionAsync(
        int organizationId, IReadOnlyCollection<Guid> deviceIds, string actor, CancellationToken cancellationToken)
    {
        // Retrying makes the devices live again: decide it one upload or retry at a time, like uploads do.
        await UploadLock.AcquireAsync(db, cancellationToken);
        var devices = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && deviceIds.Contains(d.PublicId))
            .Select(d => new { d.Id, d.PublicId, d.Status, d.SerialNumber, d.HashKey, d.SerialKey })
            .ToListAsync(cancellationToken);

        var problems = deviceIds.Except(devices.Select(d => d.PublicId))
            .Select(id => new DeviceActionProblem(id, PortalText.Get("No such device."))).ToList();
        foreach (var device in devices.Where(d => d.Status != DeviceStatus.RegistrationFailed))
            problems.Add(new DeviceActionProblem(device.PublicId,
                PortalText.Format("Only devices whose registration failed can be retried; this one is {0}.", StatusText.For(device.Status))));

        var failed = devices.Where(d => d.Status == DeviceStatus.RegistrationFailed).ToList();
        var hashKeys = failed.Where(d => d.HashKey != null).Select(d => d.HashKey!).ToList();
        var serialKeys = failed.Where(d => d.SerialKey != null).Select(d => d.SerialKey!).ToList();
        var live = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .WhereLive()
            .Where(d => hashKeys.Contains(d.HashKey!) || serialKeys.Contains(d.SerialKey!))
            .Select(d => new { d.OrganizationId, d.HashKey, d.SerialKey })
            .ToListAsync(cancellationToken);

        var retry = new List<long>();
        var rows = new List<RegistrationRow>();
        foreach (var device in failed)
        {
            var holder = live.FirstOrDefault(l => (l.HashKey != null && l.HashKey == device.HashKey)
                || (l.SerialKey != null && l.SerialKey == device.SerialKey));
            if (holder is not null)
            {
                problems.Add(new DeviceActionProblem(device.PublicId, holder.OrganizationId == organizationId
                    ? PortalText.Get("The same hardware is registered to your organization as another device. No further action required.")
                    : PortalText.Get("The hardware is still registered to another organization. Request its release from the device page.")));
                continue;
            }

            retry.Add(device.Id);
            rows.Add(new RegistrationRow
            {
                OrganizationId = organizationId, Position = rows.Count + 1, File = Registrations.RowOutcome.RetryFile, Line = rows.Count + 1,
                SerialNumber = device.SerialNumber, DeviceId = device.Id, CreatedDevice = true,
            });
        }

        if (retry.Count == 0) return new DeviceActionResult(null, 0, problems);

        var now = time.GetUtcNow().UtcDateTime;
        var request = new RegistrationRequest
        {
            RequestId = Guid.CreateVersion7(time.GetUtcNow()), OrganizationId = organizationId, Kind = RequestKind.Retry,
            CreatedBy = actor, CreatedAt = now, Status = RequestStatus.Pending, RowCount = retry.Count,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        var token = TransitionLog.NewToken();
        await db.Devices.IgnoreQueryFilters()
            .Where(d => d.OrganizationId == organizationId && d.Status == DeviceStatus.RegistrationFailed && retry.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeviceStatus.RegistrationPending)
                .SetProperty(d => d.Error, (RegistrationError?)null)
                .SetProperty(d => d.ErrorDetail, (string?)null)
                .SetProperty(d => d.ErrorDetailArgs, (string?)null)
                .SetProperty(d => d.RequestId, request.Id)
                .SetProperty(d => d.ClaimAttempts, 0)
                .SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
                .SetProperty(d => d.ChangeToken, token)
                .SetProperty(d => d.StatusChangedAt, now), cancellationToken);
        await TransitionLog.RecordAsync(db, token, DeviceStatus.RegistrationFailed, TransitionCause.Retried, now, actor, cancellationToken);
        foreach (var row in rows) row.RequestId = request.Id;
        db.Rows.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.DevicesRetried, request.RequestId.ToString(),
            StoredText.Of(PortalText.Key("{0} devices"), retry.Count), cancellationToken);
        db.ChangeTracker.Clear();
        return new DeviceActionResult(request.RequestId, retry.Count, problems);
    }
}
