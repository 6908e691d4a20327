using MmdPortal.Data;
using MmdPortal.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Catalog;

/// <summary>The models an organisation adds to its catalog and removes again; through the tenant filter, so
/// another organisation's models are not there.</summary>
public sealed class OrganizationModels(PortalDbContext db, HardwareCatalog catalog, TimeProvider time)
{
    /// <summary>Adds a model unless a field is wrong or the catalog already has it (built in, configured or own).</summary>
    public async Task<CatalogAddition> AddAsync(
        int organizationId, NewCatalogModel request, string? addedBy, CancellationToken cancellationToken)
    {
        if (CatalogRules.Check(request.Manufacturer, request.Model, request.MachineTypes) is { } problem)
            return new CatalogAddition(null, problem, Conflict: false);
        var manufacturer = request.Manufacturer!.Trim();
        var modelName = request.Model!.Trim();
        var machineTypes = CatalogRules.MachineTypes(request.MachineTypes);

        var view = await catalog.ForCurrentOrganizationAsync(cancellationToken);
        if (view.Find(manufacturer, modelName) is { } existing)
            return new CatalogAddition(null, AlreadyThere($"{manufacturer} {modelName}", existing), Conflict: true);
        foreach (var machineType in machineTypes)
        {
            if (view.FindByMachineType(manufacturer, machineType) is { } owner)
                return new CatalogAddition(null, AlreadyThere(PortalText.Format("Machine type {0}", machineType), owner), Conflict: true);
        }

        var model = new CatalogModel
        {
            OrganizationId = organizationId, Manufacturer = manufacturer, Model = modelName,
            MachineTypes = machineTypes.Count == 0 ? null : string.Join(',', machineTypes),
            AddedBy = addedBy, AddedAt = time.GetUtcNow().UtcDateTime,
        };
        db.CatalogModels.Add(model);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two admins adding the same model at once: the unique index decides, as the check above would have.
            db.ChangeTracker.Clear();
            return new CatalogAddition(null, $"{manufacturer} {modelName} is already in your organisation's catalog.", Conflict: true);
        }

        return new CatalogAddition(HardwareCatalog.ToEntry(model), null, Conflict: false);
    }

    /// <summary>Removes one of the organisation's own models; null when it has no such model.</summary>
    public async Task<CatalogEntry?> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var model = await db.CatalogModels.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (model is null) return null;
        db.CatalogModels.Remove(model);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareCatalog.ToEntry(model);
    }

    private static string AlreadyThere(string what, CatalogEntry entry) => entry.Source switch
    {
        CatalogSource.BuiltIn => PortalText.Format("{0} is already built into the catalog (as {1} {2}); there is nothing to add.",
            what, entry.Manufacturer, entry.Model),
        CatalogSource.Configuration => PortalText.Format("{0} is already in the catalog through the portal's configuration (as {1} {2}).",
            what, entry.Manufacturer, entry.Model),
        _ => PortalText.Format("{0} is already in your organisation's catalog (as {1} {2}).", what, entry.Manufacturer, entry.Model),
    };
}

public sealed record NewCatalogModel(string? Manufacturer, string? Model, IReadOnlyList<string>? MachineTypes = null);

/// <summary>The entry added, or what was wrong; <see cref="Conflict"/> when the catalog already has the model.</summary>
public sealed record CatalogAddition(CatalogEntry? Entry, string? Problem, bool Conflict);
