using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Releases;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Releases;

/// <summary>"Device claimed by another organization", resolved between the two organisations: the requester asks
/// with a note, the holder releases (deregisters) or declines. Neither side ever learns who the other is: each
/// sees its own device and the notes; only support sees both organisations, by the release's Request ID.</summary>
public sealed class ReleaseDesk(PortalDbContext db, DeviceDeregistration deregistration, AuditLog audit, TimeProvider time)
{
    public const int MaxNoteLength = 1000;

    public async Task<ReleaseOutcome> RequestAsync(
        int organizationId, Guid deviceId, string? note, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
            return ReleaseOutcome.Invalid(PortalText.Get("Write a note for the other organization: why the device is yours (e.g. where and when you bought it)."));
        if (note.Length > MaxNoteLength)
            return ReleaseOutcome.Invalid(PortalText.Format("The note is {0} characters long; keep it to {1}.", note.Length, MaxNoteLength));

        var device = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.PublicId == deviceId && d.DeregisteredAt == null)
            .Select(d => new { d.Id, d.Status, d.Error, d.HashKey, d.SerialKey }).FirstOrDefaultAsync(cancellationToken);
        if (device is null) return ReleaseOutcome.NotFound;
        if (device.Error != RegistrationError.DeviceClaimedByAnotherOrganization)
            return ReleaseOutcome.Conflict(PortalText.Format("Only a device that failed with \"{0}\" can be released to you.",
                StatusText.For(RegistrationError.DeviceClaimedByAnotherOrganization)));
        if (await db.ReleaseRequests.IgnoreQueryFilters().AsNoTracking()
                .FirstOrDefaultAsync(r => r.RequesterDeviceId == device.Id && r.Status == ReleaseStatus.Open, cancellationToken) is { } open)
            return ReleaseOutcome.Conflict(PortalText.Format("A release of this device is already requested ({0}).", open.RequestId));

        var holder = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .WhereLive().Where(d => d.OrganizationId != organizationId)
            .Where(d => (device.HashKey != null && d.HashKey == device.HashKey) || (device.SerialKey != null && d.SerialKey == device.SerialKey))
            .Select(d => new { d.Id, d.OrganizationId }).FirstOrDefaultAsync(cancellationToken);
        if (holder is null)
            return ReleaseOutcome.Conflict(PortalText.Get("No other organization holds this hardware any more. Retry the device."));

        var request = new ReleaseRequest
        {
            RequestId = Guid.CreateVersion7(time.GetUtcNow()),
            RequesterOrganizationId = organizationId, RequesterDeviceId = device.Id,
            OwnerOrganizationId = holder.OrganizationId, OwnerDeviceId = holder.Id,
            Status = ReleaseStatus.Open, Note = note.Trim(), RequestedBy = actor, RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ReleaseRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.ReleaseRequested, request.RequestId.ToString(), StoredText.Of(PortalText.Key("asked")), cancellationToken);
        // The holder's log shows the request too, without who asked.
        await audit.RecordAsync(holder.OrganizationId, "another organization", AuditActions.ReleaseRequested,
            request.RequestId.ToString(), StoredText.Of(PortalText.Key("received")), cancellationToken);
        return ReleaseOutcome.Done(request.RequestId);
    }

    /// <summary>The holder lets the hardware go: its device is deregistered and the requester's retried.</summary>
    public async Task<ReleaseOutcome> ReleaseAsync(
        int organizationId, Guid requestId, string? note, string actor, CancellationToken cancellationToken)
    {
        if (note is { Length: > MaxNoteLength })
            return ReleaseOutcome.Invalid(PortalText.Format("The note is {0} characters long; keep it to {1}.", note.Length, MaxNoteLength));
        var request = await FindOpenAsync(r => r.OwnerOrganizationId == organizationId, requestId, cancellationToken);
        if (request.Outcome is { } failure) return failure;
        var device = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Id == request.Request!.OwnerDeviceId).Select(d => d.PublicId).FirstAsync(cancellationToken);
        await deregistration.DeregisterAsync(organizationId, [device], actor, cancellationToken,
            TransitionCause.ReleasedToAnotherOrganization, Trim(note));
        await audit.RecordAsync(organizationId, actor, AuditActions.ReleaseDecided, requestId.ToString(), StoredText.Of(PortalText.Key("released")), cancellationToken);
        return ReleaseOutcome.Done(requestId);
    }

    public async Task<ReleaseOutcome> DeclineAsync(
        int organizationId, Guid requestId, string? note, string actor, CancellationToken cancellationToken)
    {
        if (note is { Length: > MaxNoteLength })
            return ReleaseOutcome.Invalid(PortalText.Format("The note is {0} characters long; keep it to {1}.", note.Length, MaxNoteLength));
        var found = await FindOpenAsync(r => r.OwnerOrganizationId == organizationId, requestId, cancellationToken);
        if (found.Outcome is { } failure) return failure;
        await DecideAsync(found.Request!.Id, ReleaseStatus.Declined, actor, Trim(note), cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.ReleaseDecided, requestId.ToString(), StoredText.Of(PortalText.Key("declined")), cancellationToken);
        return ReleaseOutcome.Done(requestId);
    }

    public async Task<ReleaseOutcome> WithdrawAsync(
        int organizationId, Guid requestId, string actor, CancellationToken cancellationToken)
    {
        var found = await FindOpenAsync(r => r.RequesterOrganizationId == organizationId, requestId, cancellationToken);
        if (found.Outcome is { } failure) return failure;
        await DecideAsync(found.Request!.Id, ReleaseStatus.Withdrawn, actor, null, cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.ReleaseDecided, requestId.ToString(), StoredText.Of(PortalText.Key("withdrawn")), cancellationToken);
        return ReleaseOutcome.Done(requestId);
    }

    private Task<int> DecideAsync(long id, ReleaseStatus status, string actor, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Guarded by Open, so that two admins deciding at once cannot both win.
        return db.ReleaseRequests.IgnoreQueryFilters().Where(r => r.Id == id && r.Status == ReleaseStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.DecidedBy, actor)
                .SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.DecisionNote, note), cancellationToken);
    }

    private async Task<(ReleaseRequest? Request, ReleaseOutcome? Outcome)> FindOpenAsync(
        System.Linq.Expressions.Expression<Func<ReleaseRequest, bool>> side, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.ReleaseRequests.IgnoreQueryFilters().AsNoTracking().Where(side)
            .FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (request is null) return (null, ReleaseOutcome.NotFound);
        return request.Status == ReleaseStatus.Open
            ? (request, null)
            : (null, ReleaseOutcome.Conflict(AlreadySettled(request.Status)));
    }

    // One sentence per status: the Dutch participle does not follow from the English one.
    private static string AlreadySettled(ReleaseStatus status) => status switch
    {
        ReleaseStatus.Released => PortalText.Get("This release request is already released."),
        ReleaseStatus.Declined => PortalText.Get("This release request is already declined."),
        ReleaseStatus.Withdrawn => PortalText.Get("This release request is already withdrawn."),
        _ => PortalText.Format("This release request is already {0}.", status.ToString().ToLowerInvariant()),
    };

    private static string? Trim(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

/// <summary>What a release action did, in the shape the page and the API both answer with.</summary>
public sealed record ReleaseOutcome(ReleaseOutcomeKind Kind, Guid? RequestId, string? Problem)
{
    /// <summary>A new outcome each time: its text is in the language of the request that asks.</summary>
    public static ReleaseOutcome NotFound => new(ReleaseOutcomeKind.NotFound, null, PortalText.Get("No such device or release request."));

    public static ReleaseOutcome Done(Guid requestId) => new(ReleaseOutcomeKind.Done, requestId, null);

    public static ReleaseOutcome Invalid(string problem) => new(ReleaseOutcomeKind.Invalid, null, problem);

    public static ReleaseOutcome Conflict(string problem) => new(ReleaseOutcomeKind.Conflict, null, problem);
}

public enum ReleaseOutcomeKind
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
