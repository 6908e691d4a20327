using MmdPortal.Web.Localization;

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

    /// <summary>Null when the model can be added as far as its own fields go; else what to fix, in the request's
    /// language (English at start-up, where the configured models are checked).</summary>
    public static string? Check(string? manufacturer, string? model, IEnumerable<string?>? machineTypes)
    {
        manufacturer = manufacturer?.Trim();
        model = model?.Trim();
        if (string.IsNullOrEmpty(manufacturer))
            return PortalText.Get("Enter the manufacturer as the device reports it, for example \"Dell Inc.\" or \"LENOVO\".");
        if (manufacturer.Length > MaxNameLength)
            return PortalText.Format("Shorten the manufacturer to at most {0} characters (it has {1}).", MaxNameLength, manufacturer.Length);
        if (HardwareNames.ManufacturerKey(manufacturer).Length == 0)
            return PortalText.Get("Enter a manufacturer with letters or digits, not only punctuation.");
        if (string.IsNullOrEmpty(model))
            return PortalText.Get("Enter the model as the device reports it, for example \"Latitude 7420\" or \"ThinkPad X1 Carbon Gen 9\".");
        if (model.Length > MaxNameLength)
            return PortalText.Format("Shorten the model to at most {0} characters (it has {1}).", MaxNameLength, model.Length);
        if (HardwareNames.ModelKey(manufacturer, model).Length == 0)
            return PortalText.Get("Enter a model with letters or digits, not only punctuation.");

        var types = MachineTypes(machineTypes);
        if (types.FirstOrDefault(t => !HardwareNames.IsMachineType(t)) is { } wrong)
            return PortalText.Format("\"{0}\" is not a machine type: use the first four letters or digits of the Lenovo model code (20XW for 20XW0026US).", wrong);
        if (string.Join(',', types).Length > MaxMachineTypesLength)
            return PortalText.Format("List at most {0} machine types.", (MaxMachineTypesLength + 1) / 5);
        return null;
    }
}
