namespace MmdPortal.Data.Catalog;

/// <summary>A supported device model an organisation added to the hardware catalog, on top of the built-in and
/// configured models that every organisation sees.</summary>
public sealed class CatalogModel
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Manufacturer { get; set; }
    public required string Model { get; set; }

    /// <summary>Lenovo-style machine types (the first four characters of a model code such as 20XW0026US),
    /// comma-separated; null for manufacturers that report the model name.</summary>
    public string? MachineTypes { get; set; }

    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}
