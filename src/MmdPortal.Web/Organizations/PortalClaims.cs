namespace MmdPortal.Web.Organizations;

public static class PortalClaims
{
    public const string OrganizationId = "mmd:org";
    public const string Scope = "mmd:scope";
    public const string OrganizationName = "mmd:orgname";

    /// <summary>The database ID of the API key a call signed in with; the per-key rate limit partitions by it.</summary>
    public const string KeyId = "mmd:keyid";
}
