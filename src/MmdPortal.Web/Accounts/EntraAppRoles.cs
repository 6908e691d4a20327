namespace MmdPortal.Web.Accounts;

/// <summary>The app roles (the <c>roles</c> claim) defined in the portal's Entra app registration.</summary>
public static class EntraAppRoles
{
    /// <summary>Maps to <see cref="PortalRoles.Admin"/> on pages and the <c>admin</c> scope on the API.</summary>
    public const string Admin = "MmdPortal.Admin";

    /// <summary>Maps to <see cref="PortalRoles.Reader"/> on pages and the <c>read</c> scope on the API.</summary>
    public const string Reader = "MmdPortal.Reader";
}
