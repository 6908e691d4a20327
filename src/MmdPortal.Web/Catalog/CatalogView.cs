namespace MmdPortal.Web.Catalog;

/// <summary>The catalog as one organisation sees it: built-in, configured and its own models.</summary>
public sealed class CatalogView(IEnumerable<CatalogEntry> entries)
{
    public IReadOnlyList<CatalogEntry> Entries { get; } = entries.ToList();

    /// <summary>The entry that a device's manufacturer and model, as SMBIOS reports them, match; null if none.</summary>
    public CatalogEntry? Find(string? manufacturer, string? model)
    {
        if (manufacturer is null || model is null) return null;
        return Entries.FirstOrDefault(e => HardwareNames.SameManufacturer(e.Manufacturer, manufacturer)
            && string.Equals(e.Model.Trim(), model.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether two model strings of one manufacturer name the same model.</summary>
    public bool SameModel(string? manufacturer, string? a, string? b)
    {
        if (a is null || b is null) return false;
        if (string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        var entry = Find(manufacturer, a);
        return entry is not null && entry == Find(manufacturer, b);
    }
}
