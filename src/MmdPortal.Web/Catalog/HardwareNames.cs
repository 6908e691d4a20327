namespace MmdPortal.Web.Catalog;

/// <summary>How manufacturer and model strings compare, the way SMBIOS strings really vary.</summary>
public static class HardwareNames
{
    public static bool SameManufacturer(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
