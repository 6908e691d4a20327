using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Guide;

/// <summary>Step 4, "check the image": records for many devices at once who supplied their Windows image, with one
/// UPDATE whatever their number. The status does not change, so nothing goes into the timeline; the audit log keeps
/// who did it.</summary>
public sealed class DeviceImageChecks(PortalDbContext db, AuditLog audit)
{
    public const int MaxDevices = 10_000;

    public async Task<DeviceActionResult> RecordAsync(int organizationId, IReadOnlyCollection<Guid> deviceIds, ImageSource image,
        string actor, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(image)) throw new ArgumentOutOfRangeException(nameof(image));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && deviceIds.Contains(d.PublicId))
            .Select(d => d.PublicId).ToListAsync(cancellationToken);
        var problems = deviceIds.Except(found).Select(id => new DeviceActionProblem(id, "No such device.")).ToList();
        if (found.Count == 0) return new DeviceActionResult(null, 0, problems);

        var done = await db.Devices.IgnoreQueryFilters()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && found.Contains(d.PublicId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Image, image), cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.ImagesChecked, null,
            StoredText.Of(PortalText.Key("{0} devices: image {1}"), done, image), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DeviceActionResult(null, done, problems);
    }
}
