using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Catalog;

/// <summary>The built-in and configured models, the part of the catalog every organisation sees. Built once:
/// neither changes while the portal runs.</summary>
public sealed class SharedCatalog(IOptions<CatalogOptions> options)
{
    private readonly Lazy<IReadOnlyList<CatalogEntry>> _entries = new(() => Build(options.Value));

    public IReadOnlyList<CatalogEntry> Entries => _entries.Value;

    private static List<CatalogEntry> Build(CatalogOptions options)
    {
        var configured = options.Models.Select(m => new CatalogEntry(
            m.Manufacturer!.Trim(), m.Model!.Trim(), CatalogRules.MachineTypes(m.MachineTypes), CatalogSource.Configuration));
        return (options.IncludeBuiltIn ? BuiltInModels.All : []).Concat(configured).ToList();
    }
}
