using MmdPortal.Data;
using MmdPortal.Data.Releases;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Releases;

/// <summary>The current organisation's release requests, both ways, each showing only this side's device and people.</summary>
public sealed class ReleaseList(PortalDbContext db)
{
    public const int MaxItems = 500;

    public async Task<ReleaseRequests> ListAsync(Guid? deviceId, CancellationToken cancellationToken)
    {
        // The tenant filter keeps both joins to this organisation's own devices. DecidedBy names whoever settled the
        // request: the holder for Released and Declined, the requester for Withdrawn; each side sees only its own.
        var incoming = db.ReleaseRequests.AsNoTracking()
            .Join(db.Devices, r => r.OwnerDeviceId, d => d.Id, (r, d) => new { Request = r, Device = d });
        var outgoing = db.ReleaseRequests.AsNoTracking()
            .Join(db.Devices, r => r.RequesterDeviceId, d => d.Id, (r, d) => new { Request = r, Device = d });
        if (deviceId is { } id)
        {
            incoming = incoming.Where(x => x.Device.PublicId == id);
            outgoing = outgoing.Where(x => x.Device.PublicId == id);
        }

        var received = await incoming.OrderBy(x => x.Request.Status).ThenByDescending(x => x.Request.Id).Take(MaxItems)
            .Select(x => new ReleaseRequestView(x.Request.RequestId, ReleaseDirection.Incoming, x.Request.Status,
                x.Device.PublicId, x.Device.SerialNumber, x.Device.Manufacturer, x.Device.Model, x.Request.Note,
                x.Request.RequestedAt, null, x.Request.DecidedAt, x.Request.DecisionNote,
                x.Request.Status == ReleaseStatus.Withdrawn ? null : x.Request.DecidedBy))
            .ToListAsync(cancellationToken);
        var sent = await outgoing.OrderBy(x => x.Request.Status).ThenByDescending(x => x.Request.Id).Take(MaxItems)
            .Select(x => new ReleaseRequestView(x.Request.RequestId, ReleaseDirection.Outgoing, x.Request.Status,
                x.Device.PublicId, x.Device.SerialNumber, x.Device.Manufacturer, x.Device.Model, x.Request.Note,
                x.Request.RequestedAt, x.Request.RequestedBy, x.Request.DecidedAt, x.Request.DecisionNote,
                x.Request.Status == ReleaseStatus.Withdrawn ? x.Request.DecidedBy : null))
            .ToListAsync(cancellationToken);
        return new ReleaseRequests(received, sent);
    }
}

/// <param name="Incoming">Requests for this organisation's hardware, which it may release or decline.</param>
/// <param name="Outgoing">Requests this organisation made for hardware another one holds.</param>
public sealed record ReleaseRequests(IReadOnlyList<ReleaseRequestView> Incoming, IReadOnlyList<ReleaseRequestView> Outgoing);

/// <param name="RequestId">The release's Request ID, for support.</param>
/// <param name="Direction">Incoming (your hardware is asked for) or Outgoing (you asked).</param>
/// <param name="Status">Open, Released, Declined or Withdrawn.</param>
/// <param name="DeviceId">Your device.</param>
/// <param name="SerialNumber">Your device's serial number.</param>
/// <param name="Manufacturer">Your device's manufacturer.</param>
/// <param name="Model">Your device's model.</param>
/// <param name="Note">The requester's note.</param>
/// <param name="RequestedAt">When it was asked.</param>
/// <param name="RequestedBy">Who asked: shown to the requesting organisation only.</param>
/// <param name="DecidedAt">When it was released, declined or withdrawn.</param>
/// <param name="DecisionNote">The holder's note with the decision.</param>
/// <param name="DecidedBy">Who released, declined or withdrew it: shown only to the organisation that did.</param>
public sealed record ReleaseRequestView(Guid RequestId, ReleaseDirection Direction, ReleaseStatus Status, Guid DeviceId,
    string SerialNumber, string? Manufacturer, string? Model, string Note, DateTime RequestedAt, string? RequestedBy,
    DateTime? DecidedAt, string? DecisionNote, string? DecidedBy);

public enum ReleaseDirection
{
    Incoming,
    Outgoing,
}
