namespace MmdPortal.Web.Catalog;

/// <summary>What a model must look like to enter the catalog, with messages that say what to fix; the limits are
/// the column lengths of CatalogModels.</summary>
public static class CatalogRules
{
    public const int MaxNameLength = 100;
    public const int MaxMachineTypesLength = 200;

    /// <summary>The machine types as stored: trimmed, upper case, without duplicates; split at commas and spaces.</summary>
    public static IReadOnlyList<string> MachineTypes(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Null when the model can be added as far as its own fields go; else what to fix.</summary>
    public static string? Check(string? manufacturer, string? model, IEnumerable<string?>? machineTypes)
    {
        manufacturer = manufacturer?.Trim();
        model = model?.Trim();
        if (string.IsNullOrEmpty(manufacturer))
            return "Enter the manufacturer as the device reports it, for example \"Dell Inc.\" or \"LENOVO\".";
        if (manufacturer.Length > MaxNameLength)
            return $"Shorten the manufacturer to at most {MaxNameLength} characters (it has {manufacturer.Length}).";
        if (HardwareNames.ManufacturerKey(manufacturer).Length == 0)
            return "Enter a manufacturer with letters or digits, not only punctuation.";
        if (string.IsNullOrEmpty(model))
            return "Enter the model as the device reports it, for example \"Latitude 7420\" or \"ThinkPad X1 Carbon Gen 9\".";
        if (model.Length > MaxNameLength)
            return $"Shorten the model to at most {MaxNameLength} characters (it has {model.Length}).";
        if (HardwareNames.ModelKey(manufacturer, model).Length == 0)
            return "Enter a model with letters or digits, not only punctuation.";

        var types = MachineTypes(machineTypes);
        if (types.FirstOrDefault(t => !HardwareNames.IsMachineType(t)) is { } wrong)
            return $"\"{wrong}\" is not a machine type: use the first four letters or digits of the Lenovo model code (20XW for 20XW0026US).";
        if (string.Join(',', types).Length > MaxMachineTypesLength)
            return $"List at most {(MaxMachineTypesLength + 1) / 5} machine types.";
        return null;
    }
}
