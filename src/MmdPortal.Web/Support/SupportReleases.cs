using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Releases;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Support;

/// <summary>Release requests as the support desk sees them: both organisations, both devices and both people, which
/// the two sides never see of each other. Support staff belong to no organisation, so every query here ignores
/// the tenant filters; nothing here may be reachable from an organisation's pages or API.</summary>
public sealed class SupportReleases(PortalDbContext db)
{
    public const int MaxRelated = 100;

    public async Task<SupportRelease?> FindAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var release = await db.ReleaseRequests.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (release is null) return null;

        return new SupportRelease(release.RequestId, release.Status, release.Note, release.RequestedBy, release.RequestedAt,
            release.DecisionNote, release.DecidedBy, release.DecidedAt,
            await SideAsync(release.RequesterOrganizationId, release.RequesterDeviceId, cancellationToken),
            await SideAsync(release.OwnerOrganizationId, release.OwnerDeviceId, cancellationToken));
    }

    /// <summary>The release requests that involve, on either side, a device named by the upload or retry.</summary>
    public async Task<IReadOnlyList<SupportReleaseLink>> InvolvingAsync(long registrationRequestId, CancellationToken cancellationToken)
    {
        var devices = db.Rows.IgnoreQueryFilters()
            .Where(r => r.RequestId == registrationRequestId && r.DeviceId != null).Select(r => r.DeviceId!.Value);
        return await db.ReleaseRequests.IgnoreQueryFilters().AsNoTracking()
            .Where(r => devices.Contains(r.RequesterDeviceId) || devices.Contains(r.OwnerDeviceId))
            .OrderByDescending(r => r.Id).Take(MaxRelated)
            .Select(r => new SupportReleaseLink(r.RequestId, r.Status, r.RequestedAt, devices.Contains(r.RequesterDeviceId)))
            .ToListAsync(cancellationToken);
    }

    private async Task<SupportReleaseSide> SideAsync(int organizationId, long deviceId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name)
            .FirstAsync(cancellationToken);
        var device = await db.Devices.IgnoreQueryFilters().AsNoTracking().Where(d => d.Id == deviceId)
            .Select(d => new { d.PublicId, d.SerialNumber, d.Manufacturer, d.Model, d.Status, d.DeregisteredAt })
            .FirstAsync(cancellationToken);
        return new SupportReleaseSide(organization, device.PublicId, device.SerialNumber, device.Manufacturer, device.Model,
            device.Status, device.DeregisteredAt);
    }
}

public sealed record SupportRelease(
    Guid RequestId, ReleaseStatus Status, string Note, string? RequestedBy, DateTime RequestedAt,
    string? DecisionNote, string? DecidedBy, DateTime? DecidedAt, SupportReleaseSide Requester, SupportReleaseSide Holder);

/// <summary>One side of a release request; <c>DeregisteredAt</c> is set once the device left its blade (e.g. the
/// holder's, after a release).</summary>
public sealed record SupportReleaseSide(
    string OrganizationName, Guid DeviceId, string SerialNumber, string? Manufacturer, string? Model,
    DeviceStatus Status, DateTime? DeregisteredAt);

/// <summary>A release request involving one of an upload's devices; <c>AsRequester</c> is true when that device is
/// the one asking, false when it holds the hardware asked for.</summary>
public sealed record SupportReleaseLink(Guid RequestId, ReleaseStatus Status, DateTime RequestedAt, bool AsRequester);
