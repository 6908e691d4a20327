using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Catalog;

/// <summary>Builds each organisation's view of the hardware catalog.</summary>
public sealed class HardwareCatalog(PortalDbContext db)
{
    private static readonly CatalogEntry[] BuiltIn =
    [
        new("Microsoft Corporation", "Surface Laptop", [], CatalogSource.BuiltIn),
        new("Microsoft Corporation", "Surface Pro 7", [], CatalogSource.BuiltIn),
        new("Dell Inc.", "Latitude 7420", [], CatalogSource.BuiltIn),
        new("Dell Inc.", "OptiPlex 7090", [], CatalogSource.BuiltIn),
        new("HP", "HP EliteBook 840 G8", [], CatalogSource.BuiltIn),
        new("HP", "HP EliteDesk 800 G6 Desktop Mini PC", [], CatalogSource.BuiltIn),
        new("LENOVO", "20XW0026US", [], CatalogSource.BuiltIn),
        new("LENOVO", "20U9005MUS", [], CatalogSource.BuiltIn),
    ];

    /// <summary>Across the tenant filter: the worker builds views for every organisation it works for.</summary>
    public async Task<CatalogView> ForOrganizationAsync(int organizationId, CancellationToken cancellationToken)
    {
        var own = await db.CatalogModels.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.OrganizationId == organizationId)
            .Select(m => new CatalogEntry(m.Manufacturer, m.Model, Array.Empty<string>(), CatalogSource.Organization, m.Id))
            .ToListAsync(cancellationToken);
        return new CatalogView(BuiltIn.Concat(own));
    }
}
