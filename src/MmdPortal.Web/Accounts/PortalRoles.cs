namespace MmdPortal.Web.Accounts;

public static class PortalRoles
{
    /// <summary>Registers, retries and deregisters devices; manages the organisation's users and keys.</summary>
    public const string Admin = "Admin";

    /// <summary>Monitors the blade and the requests; never sees raw hardware hashes.</summary>
    public const string Reader = "Reader";

    /// <summary>The provider's staff: looks up any Request ID across organisations, read-only.</summary>
    public const string Support = "Support";

    public static readonly IReadOnlyList<string> OrganizationRoles = [Admin, Reader];

    public static bool IsKnown(string role) => role is Admin or Reader or Support;
}
