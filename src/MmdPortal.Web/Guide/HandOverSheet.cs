using MmdPortal.Data;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Guide;

/// <summary>What the printed hand-over sheet of a device says: the device as the blade shows it, and the organisation
/// whose sign-in page the user will see at first start.</summary>
public sealed class HandOverSheet(PortalDbContext db, DeviceList list, IOrganizationScope organization)
{
    /// <summary>The current organisation's live device <paramref name="id"/>; null for another organisation's.</summary>
    public async Task<HandOverSheetContent?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await list.FindAsync(id, cancellationToken) is not { } device) return null;
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organization.OrganizationId)
            .Select(o => o.Name).FirstAsync(cancellationToken);
        return new HandOverSheetContent(device, name);
    }
}

public sealed record HandOverSheetContent(DeviceSummary Device, string Organization);
