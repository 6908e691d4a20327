using System.Text.Json.Serialization;

namespace MmdPortal.Web.Catalog;

/// <summary>One supported model of the hardware catalog.</summary>
/// <param name="Manufacturer">The manufacturer as people write it ("Dell", "HP", "Lenovo").</param>
/// <param name="Model">The model name ("Latitude 7420", "ThinkPad X1 Carbon Gen 9").</param>
/// <param name="MachineTypes">Lenovo-style machine types that report this model by code (20XW, 20XX).</param>
/// <param name="Source">Where the entry comes from.</param>
/// <param name="Id">The organisation's own entry's key; null for built-in and configured entries.</param>
public sealed record CatalogEntry(
    string Manufacturer, string Model, IReadOnlyList<string> MachineTypes, CatalogSource Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Id = null);

public enum CatalogSource
{
    BuiltIn,
    Configuration,
    Organization,
}
