using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Organizations;

/// <summary>The operator's deletion of an organisation with everything it owns, in one transaction of set-based
/// deletes. Its devices' hardware is free for other organisations afterwards.</summary>
public sealed class OrganizationDeletion(PortalDbContext db)
{
    /// <summary>Returns how many devices went with it.</summary>
    public async Task<int> DeleteAsync(int organizationId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Children before parents, across the tenant filter (the operator belongs to no organisation).
        await db.ReleaseRequests.IgnoreQueryFilters()
            .Where(r => r.RequesterOrganizationId == organizationId || r.OwnerOrganizationId == organizationId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.Transitions.IgnoreQueryFilters().Where(t => t.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.CatalogModels.IgnoreQueryFilters().Where(m => m.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.LicensedUsers.IgnoreQueryFilters().Where(l => l.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Rows.IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.HardwareHashes.IgnoreQueryFilters().Where(h => h.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        var devices = await db.Devices.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Requests.IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.ApiKeys.IgnoreQueryFilters().Where(k => k.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Users.IgnoreQueryFilters().Where(u => u.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.AuditEntries.IgnoreQueryFilters().Where(a => a.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Errors.Where(e => e.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Organizations.Where(o => o.Id == organizationId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return devices;
    }
}
