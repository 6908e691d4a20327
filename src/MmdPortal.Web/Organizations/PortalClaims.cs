namespace MmdPortal.Web.Organizations;

public static class PortalClaims
{
    public const string OrganizationId = "mmd:org";
    public const string Scope = "mmd:scope";
    public const string OrganizationName = "mmd:orgname";
}
