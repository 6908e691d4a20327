using System.Globalization;

namespace MmdPortal.Web.Accounts;

/// <summary>The Entra tenants allowed in, from <c>AzureAd:AllowedTenants</c>: each entry is either a tenant ID or
/// an object <c>{ "TenantId": "…", "Organization": "Fabrikam" }</c> naming the organisation created for it.</summary>
public sealed class EntraTenants
{
    public const string Section = "AzureAd";

    private readonly Dictionary<string, string?> _organizations;

    public EntraTenants(IReadOnlyDictionary<string, string?> organizations) =>
        _organizations = organizations.ToDictionary(t => Normalize(t.Key) ?? throw Invalid(t.Key), t => t.Value);

    /// <summary>Entra ID is on when the section names an application (client) ID.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    public static EntraTenants FromConfiguration(IConfiguration configuration)
    {
        var tenants = new Dictionary<string, string?>();
        foreach (var entry in configuration.GetSection($"{Section}:AllowedTenants").GetChildren())
        {
            // An object entry may still carry an empty value of its own (the test host's settings do).
            var id = string.IsNullOrEmpty(entry.Value) ? entry["TenantId"] : entry.Value;
            if (string.IsNullOrWhiteSpace(id)) throw Invalid(entry.Path);
            var organization = entry["Organization"];
            tenants[id] = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        }

        return new EntraTenants(tenants);
    }

    /// <summary>Whether the tenant may sign in, and the organisation name configured for it (null: none given).</summary>
    public bool IsAllowed(string? tenantId, out string? organization)
    {
        organization = null;
        return Normalize(tenantId) is { } id && _organizations.TryGetValue(id, out organization);
    }

    /// <summary>Tenant IDs are GUIDs; compare them in one spelling.</summary>
    public static string? Normalize(string? tenantId) =>
        Guid.TryParse(tenantId, out var guid) ? guid.ToString("D", CultureInfo.InvariantCulture) : null;

    private static InvalidOperationException Invalid(string where) =>
        new($"{Section}:AllowedTenants: '{where}' is not a tenant ID (a GUID).");
}
