namespace MmdPortal.Web.Catalog;

/// <summary>The catalog as one organisation sees it: built-in, configured and its own models.</summary>
/// <remarks>When two entries have the same key (a configured model that is also built in), the first one wins:
/// built-in, then configured, then the organisation's own.</remarks>
public sealed class CatalogView
{
    private readonly Dictionary<(string Manufacturer, string Model), CatalogEntry> _byModel = [];
    private readonly Dictionary<(string Manufacturer, string MachineType), CatalogEntry> _byMachineType = [];
    // A registration pass checks thousands of devices of a handful of models against one view: each name is folded
    // once per view rather than several times per device. A view serves one pass or one request, so no locking.
    private readonly Dictionary<string, string> _manufacturerKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Manufacturer, string? Model), string> _modelKeys = [];

    public CatalogView(IEnumerable<CatalogEntry> entries)
    {
        Entries = entries.ToList();
        foreach (var entry in Entries)
        {
            var manufacturer = HardwareNames.ManufacturerKey(entry.Manufacturer);
            _byModel.TryAdd((manufacturer, HardwareNames.ModelKey(entry.Manufacturer, entry.Model)), entry);
            foreach (var machineType in entry.MachineTypes)
                _byMachineType.TryAdd((manufacturer, machineType.Trim().ToUpperInvariant()), entry);
        }
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The entry that a device's manufacturer and model, as SMBIOS reports them, match; null if none.
    /// A Lenovo code such as 20XW0026US matches the entry that lists its machine type (20XW).</summary>
    public CatalogEntry? Find(string? manufacturer, string? model)
    {
        var manufacturerKey = ManufacturerKey(manufacturer);
        var modelKey = ModelKey(manufacturer, model);
        if (manufacturerKey.Length == 0 || modelKey.Length == 0) return null;
        if (_byModel.TryGetValue((manufacturerKey, modelKey), out var entry)) return entry;
        return FindByMachineType(manufacturer, HardwareNames.MachineType(model));
    }

    /// <summary>The entry that lists <paramref name="machineType"/> (20XW) for this manufacturer; null if none.</summary>
    public CatalogEntry? FindByMachineType(string? manufacturer, string? machineType) =>
        machineType is not null
        && _byMachineType.TryGetValue((ManufacturerKey(manufacturer), machineType.Trim().ToUpperInvariant()), out var entry)
            ? entry : null;

    /// <summary>Whether two model strings of one manufacturer name the same model: the same key, the same
    /// catalog entry (20XW0026US and "ThinkPad X1 Carbon Gen 9"), or, for Lenovo, the same machine type.</summary>
    public bool SameModel(string? manufacturer, string? modelA, string? modelB)
    {
        var keyA = ModelKey(manufacturer, modelA);
        if (keyA.Length > 0 && keyA == ModelKey(manufacturer, modelB)) return true;
        if (Find(manufacturer, modelA) is { } entry && ReferenceEquals(entry, Find(manufacturer, modelB))) return true;
        return ManufacturerKey(manufacturer) == HardwareNames.LenovoKey
            && HardwareNames.MachineType(modelA) is { } machineType && machineType == HardwareNames.MachineType(modelB);
    }

    /// <summary>Whether two manufacturer names are the same manufacturer (<see cref="HardwareNames.SameManufacturer"/>).</summary>
    public bool SameManufacturer(string? a, string? b) =>
        a is not null && b is not null && ManufacturerKey(a) is { Length: > 0 } key && key == ManufacturerKey(b);

    private string ManufacturerKey(string? manufacturer)
    {
        if (manufacturer is null) return "";
        if (!_manufacturerKeys.TryGetValue(manufacturer, out var key))
            _manufacturerKeys[manufacturer] = key = HardwareNames.ManufacturerKey(manufacturer);
        return key;
    }

    private string ModelKey(string? manufacturer, string? model)
    {
        if (!_modelKeys.TryGetValue((manufacturer, model), out var key))
            _modelKeys[(manufacturer, model)] = key = HardwareNames.ModelKey(manufacturer, model);
        return key;
    }

    /// <summary>The entries whose manufacturer, model or machine types contain <paramref name="term"/> (any case,
    /// spaces and punctuation), plus the entry a device string such as 20XW0026US resolves to; all for no term.</summary>
    public IReadOnlyList<CatalogEntry> Search(string? term)
    {
        if (string.IsNullOrWhiteSpace(term)) return Entries;
        var folded = HardwareNames.ModelKey(null, term);
        var manufacturerKey = HardwareNames.ManufacturerKey(term);
        var machineType = HardwareNames.MachineType(term);
        return Entries.Where(e =>
                e.Manufacturer.Contains(term.Trim(), StringComparison.OrdinalIgnoreCase)
                || HardwareNames.ManufacturerKey(e.Manufacturer) == manufacturerKey
                || (folded.Length > 0 && HardwareNames.ModelKey(e.Manufacturer, e.Model).Contains(folded, StringComparison.Ordinal))
                || (folded.Length > 0 && HardwareNames.ModelKey(null, e.Model).Contains(folded, StringComparison.Ordinal))
                || (machineType is not null && e.MachineTypes.Contains(machineType, StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>How many entries come from each source.</summary>
    public int Count(CatalogSource source) => Entries.Count(e => e.Source == source);
}
