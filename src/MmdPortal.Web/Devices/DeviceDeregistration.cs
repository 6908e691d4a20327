using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Releases;
using MmdPortal.Web.Audit;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>Takes devices off the blade. They stay in the database with their timeline and requests; their hardware
/// is free for registration again at once (the live-hardware indexes skip deregistered devices), and any
/// organisation that asked for its release gets its own device retried in the same transaction.</summary>
public sealed class DeviceDeregistration(
    PortalDbContext db, DeviceRetries retries, RegistrationSignal signal, AuditLog audit, TimeProvider time)
{
    public const int MaxDevices = 10_000;

    public async Task<DeviceActionResult> DeregisterAsync(int organizationId, IReadOnlyCollection<Guid> deviceIds,
        string actor, CancellationToken cancellationToken, TransitionCause cause = TransitionCause.Deregistered,
        string? releaseNote = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var devices = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && deviceIds.Contains(d.PublicId))
            .Select(d => new { d.Id, d.PublicId }).ToListAsync(cancellationToken);
        var problems = deviceIds.Except(devices.Select(d => d.PublicId))
            .Select(id => new DeviceActionProblem(id, PortalText.Get("No such device."))).ToList();
        if (devices.Count == 0) return new DeviceActionResult(null, 0, problems);

        var ids = devices.Select(d => d.Id).ToList();
        var token = TransitionLog.NewToken();
        var done = await db.Devices.IgnoreQueryFilters()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && ids.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.DeregisteredAt, now)
                .SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
                .SetProperty(d => d.ChangeToken, token), cancellationToken);
        await TransitionLog.RecordDeregistrationAsync(db, token, cause, now, actor, cancellationToken);
        var retried = await SettleReleaseRequestsAsync(ids, actor, releaseNote, now, cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.DevicesDeregistered, null,
            StoredText.Of(PortalText.Key("{0} devices: {1}"), done, string.Join(", ", devices.Take(20).Select(d => d.PublicId))),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (retried > 0) signal.Wake();
        return new DeviceActionResult(null, done, problems);
    }

    /// <summary>Open requests for the freed hardware are released, and each requester's device is retried; open
    /// requests made for the deregistered devices themselves are withdrawn.</summary>
    private async Task<int> SettleReleaseRequestsAsync(
        List<long> deviceIds, string actor, string? note, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.ReleaseRequests.IgnoreQueryFilters()
            .Where(r => r.Status == ReleaseStatus.Open
                && (deviceIds.Contains(r.OwnerDeviceId) || deviceIds.Contains(r.RequesterDeviceId)))
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            request.Status = deviceIds.Contains(request.OwnerDeviceId) ? ReleaseStatus.Released : ReleaseStatus.Withdrawn;
            request.DecidedBy = actor;
            request.DecidedAt = now;
            request.DecisionNote = request.Status == ReleaseStatus.Released ? note : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        var requesterDeviceIds = open.Where(r => r.Status == ReleaseStatus.Released).Select(r => r.RequesterDeviceId).ToList();
        if (requesterDeviceIds.Count == 0) return 0;

        var requesters = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => requesterDeviceIds.Contains(d.Id) && d.DeregisteredAt == null)
            .Select(d => new { d.OrganizationId, d.PublicId }).ToListAsync(cancellationToken);
        var retried = 0;
        foreach (var organization in requesters.GroupBy(d => d.OrganizationId))
            retried += (await retries.RetryInTransactionAsync(organization.Key, organization.Select(d => d.PublicId).ToList(),
                "release by the other organization", cancellationToken)).Done;
        return retried;
    }
}
