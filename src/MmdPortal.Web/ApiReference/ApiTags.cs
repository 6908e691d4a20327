namespace MmdPortal.Web.ApiReference;

/// <summary>The tags that group the v1 operations in the OpenAPI document and the reference page.</summary>
public static class ApiTags
{
    public const string Registrations = "Registrations";
    public const string Devices = "Devices";
    public const string Releases = "Releases";
    public const string Catalog = "Catalog";
    public const string Licences = "Licences";
    public const string CheckIns = "Check-ins";
    public const string ApiKeys = "API keys";
}
