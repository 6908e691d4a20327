using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>A device's transitions, oldest first, with the Request ID each belongs to.</summary>
public sealed class DeviceTimeline(PortalDbContext db)
{
    public const int MaxEntries = 500;

    /// <summary>Null when the organisation has no such device (deregistered devices keep their timeline).</summary>
    public async Task<IReadOnlyList<TimelineEntry>?> FindAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        var device = await db.Devices.AsNoTracking().Where(d => d.PublicId == deviceId)
            .Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (device is null) return null;
        return await db.Transitions.AsNoTracking().Where(t => t.DeviceId == device)
            .OrderBy(t => t.Id).Take(MaxEntries)
            .Select(t => new TimelineEntry(t.At, t.FromStatus, t.ToStatus, t.Cause, t.Error, StoredText.Show(t.Detail, t.DetailArgs),
                db.Requests.Where(r => r.Id == t.RequestId).Select(r => (Guid?)r.RequestId).FirstOrDefault(), t.Actor))
            .ToListAsync(cancellationToken);
    }
}

/// <param name="At">When.</param>
/// <param name="From">The status before; null when the device was created.</param>
/// <param name="To">The status after; null when the device was deregistered.</param>
/// <param name="Cause">Why.</param>
/// <param name="Error">The registration error, for a failure.</param>
/// <param name="Detail">The error's detail.</param>
/// <param name="RequestId">The request (upload or retry) it belongs to.</param>
/// <param name="Actor">Who or what caused it.</param>
public sealed record TimelineEntry(DateTime At, DeviceStatus? From, DeviceStatus? To, TransitionCause Cause,
    RegistrationError? Error, string? Detail, Guid? RequestId, string? Actor);
