using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Guide;

/// <summary>How far a request's devices are through the five steps: one grouped count (by status, image checked,
/// delivered) over the request's live devices, found by the (RequestId, Status, Image, DeliveredAt) index, so that
/// the database sums and the portal never reads a request's devices one by one.</summary>
public sealed class GuideProgress(PortalDbContext db)
{
    /// <summary>The current organisation's newest request, or null before its first upload.</summary>
    public Task<Guid?> LatestRequestAsync(CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().OrderByDescending(r => r.Id).Select(r => (Guid?)r.RequestId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The progress of the current organisation's request <paramref name="requestId"/>; null when it has no such request.</summary>
    public async Task<GuideProgressCounts?> ForRequestAsync(Guid requestId, CancellationToken cancellationToken)
    {
        // The tenant filter on Requests and Devices keeps another organisation's request out (a 404 upstream).
        var key = await db.Requests.AsNoTracking().Where(r => r.RequestId == requestId).Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null) return null;

        var groups = await db.Devices.AsNoTracking()
            .Where(d => d.RequestId == key && d.DeregisteredAt == null)
            .GroupBy(d => new { d.Status, Checked = d.Image != ImageSource.NotChecked, Delivered = d.DeliveredAt != null })
            .Select(g => new { g.Key.Status, g.Key.Checked, g.Key.Delivered, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Sum(Func<DeviceStatus, bool> status, bool? imageChecked = null, bool? delivered = null) => groups
            .Where(g => status(g.Status) && (imageChecked is null || g.Checked == imageChecked)
                && (delivered is null || g.Delivered == delivered))
            .Sum(g => g.Count);
        static bool Registered(DeviceStatus s) => s is DeviceStatus.ReadyForUser or DeviceStatus.Active or DeviceStatus.Inactive;

        return new GuideProgressCounts(
            Pending: Sum(s => s == DeviceStatus.RegistrationPending),
            Failed: Sum(s => s == DeviceStatus.RegistrationFailed),
            Registered: Sum(Registered),
            ImageChecked: Sum(Registered, imageChecked: true),
            Delivered: Sum(Registered, delivered: true));
    }
}

/// <summary>A request's live devices per step. A delivered device is also counted as registered, and as image checked
/// when it was; each number answers "how many got this far".</summary>
/// <param name="Pending">Registration pending (step 3 under way).</param>
/// <param name="Failed">Registration failed: fix and upload again, or retry.</param>
/// <param name="Registered">Ready for user, Active or Inactive: registered.</param>
/// <param name="ImageChecked">Registered and with the image checked (step 4).</param>
/// <param name="Delivered">Registered and handed over (step 5).</param>
public sealed record GuideProgressCounts(int Pending, int Failed, int Registered, int ImageChecked, int Delivered)
{
    public int Total => Pending + Failed + Registered;
}
