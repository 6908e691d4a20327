namespace MmdPortal.Web.Catalog;

/// <summary>The "Catalog" section: whether the built-in models count, and models added for every organisation.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    public bool IncludeBuiltIn { get; set; } = true;

    public List<ConfiguredModel> Models { get; set; } = [];
}

/// <summary>One model of <c>Catalog:Models</c>.</summary>
public sealed class ConfiguredModel
{
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public List<string> MachineTypes { get; set; } = [];
}
