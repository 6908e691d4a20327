using MmdPortal.Data;
using MmdPortal.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Catalog;

/// <summary>Builds each organisation's view of the hardware catalog: the shared models plus its own.</summary>
public sealed class HardwareCatalog(PortalDbContext db, SharedCatalog shared)
{
    /// <summary>Across the tenant filter: the worker builds views for every organisation it works for.</summary>
    public async Task<CatalogView> ForOrganizationAsync(int organizationId, CancellationToken cancellationToken) =>
        await BuildAsync(db.CatalogModels.IgnoreQueryFilters().Where(m => m.OrganizationId == organizationId), cancellationToken);

    /// <summary>The signed-in organisation's view, through the tenant filter.</summary>
    public async Task<CatalogView> ForCurrentOrganizationAsync(CancellationToken cancellationToken) =>
        await BuildAsync(db.CatalogModels, cancellationToken);

    private async Task<CatalogView> BuildAsync(IQueryable<CatalogModel> own, CancellationToken cancellationToken)
    {
        var models = await own.AsNoTracking().OrderBy(m => m.Manufacturer).ThenBy(m => m.Model).ToListAsync(cancellationToken);
        return new CatalogView(shared.Entries.Concat(models.Select(ToEntry)));
    }

    internal static CatalogEntry ToEntry(CatalogModel model) => new(model.Manufacturer, model.Model,
        CatalogRules.MachineTypes([model.MachineTypes]), CatalogSource.Organization, model.Id);
}
