using MmdPortal.Data.Audit;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Catalog;

/// <summary>The audit entries of catalog changes, the same whether the page or the API made them.</summary>
public static class CatalogAudit
{
    public static Task RecordAddedAsync(this AuditLog audit, CatalogEntry entry, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActions.CatalogModelAdded, Target(entry), Detail(entry), cancellationToken);

    public static Task RecordRemovedAsync(this AuditLog audit, CatalogEntry entry, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActions.CatalogModelRemoved, Target(entry), Detail(entry), cancellationToken);

    private static string Target(CatalogEntry entry) => $"{entry.Manufacturer} {entry.Model}";

    private static StoredText Detail(CatalogEntry entry) => entry.MachineTypes.Count == 0
        ? StoredText.Of(PortalText.Key("Id {0}"), entry.Id)
        : StoredText.Of(PortalText.Key("Id {0}; machine types {1}"), entry.Id, string.Join(", ", entry.MachineTypes));
}
