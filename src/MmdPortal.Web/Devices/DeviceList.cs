using System.Linq.Expressions;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>The current organisation's devices, newest first, a keyset page at a time.</summary>
public sealed class DeviceList(PortalDbContext db)
{
    public async Task<DevicePage> PageAsync(DeviceFilter filter, int pageSize, long? after, CancellationToken cancellationToken)
    {
        var query = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Case-insensitive on every provider. Contains is case-sensitive on both SQLite (instr) and PostgreSQL
            // (strpos), and LIKE is not the same on both, so both sides are upper-cased: SQL upper(), which EF
            // translates from ToUpper() only (hence the pragma). SQLite's upper() folds ASCII letters only;
            // serial numbers, models and UPNs are ASCII in practice.
            var term = filter.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(d => d.SerialNumber.ToUpper().Contains(term)
                || (d.Model != null && d.Model.ToUpper().Contains(term))
                || (d.AssignedUser != null && d.AssignedUser.ToUpper().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.NeedsLicence) query = query.Where(NeedsLicence);
        if (after is { } cursor) query = query.Where(d => d.Id < cursor);
        var rows = await query.OrderByDescending(d => d.Id).Take(pageSize + 1)
            .Select(Summarise).ToListAsync(cancellationToken);
        var next = rows.Count > pageSize ? rows[pageSize - 1].Key : (long?)null;
        return new DevicePage(rows.Take(pageSize).ToList(), next);
    }

    public Task<DeviceSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Devices.AsNoTracking().Where(d => d.PublicId == id && d.DeregisteredAt == null)
            .Select(Summarise).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the blade should keep refreshing itself.</summary>
    public Task<bool> AnyPendingAsync(CancellationToken cancellationToken) =>
        db.Devices.AnyAsync(d => d.Status == DeviceStatus.RegistrationPending, cancellationToken);

    // Expressions, not methods, so that EF translates them into the one SELECT (joining the request for its ID, and
    // the licence check as a NOT EXISTS). Instance members, as the check reads this context's LicensedUsers with
    // their tenant filter. Names are stored lower-cased by .NET; SQLite's lower() folds ASCII letters only, which
    // user principal names are in practice. The pragma: EF translates ToLower() only, not ToLowerInvariant().
#pragma warning disable CA1304, CA1311, CA1862
    private Expression<Func<Device, bool>> NeedsLicence => d => d.Status == DeviceStatus.ReadyForUser && d.AssignedUser != null
        && !db.LicensedUsers.Any(l => l.OrganizationId == d.OrganizationId && l.UserPrincipalName == d.AssignedUser.ToLower());

    private Expression<Func<Device, DeviceSummary>> Summarise => d => new DeviceSummary(d.Id, d.PublicId,
        d.SerialNumber, d.Manufacturer, d.Model, d.GroupTag, d.AssignedUser, d.PrimaryUser, d.Status, d.Error, d.ErrorDetail,
        d.Request!.RequestId, d.RegisteredAt, d.LastSeenAt,
        d.Status == DeviceStatus.ReadyForUser && d.AssignedUser != null
            && !db.LicensedUsers.Any(l => l.OrganizationId == d.OrganizationId && l.UserPrincipalName == d.AssignedUser.ToLower()));
#pragma warning restore CA1304, CA1311, CA1862
}

public sealed record DevicePage(IReadOnlyList<DeviceSummary> Items, long? NextAfter);
