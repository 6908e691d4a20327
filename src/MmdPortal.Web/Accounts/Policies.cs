using MmdPortal.Web.Organizations;

namespace MmdPortal.Web.Accounts;

/// <summary>Who may do what. Pages use the role policies, the API the key-scope policies.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Reader = "Reader";
    public const string Support = "Support";

    /// <summary>Any signed-in portal user, of an organisation or of the support desk.</summary>
    public const string SignedIn = "SignedIn";
    public const string ApiRead = "ApiRead";
    public const string ApiAdmin = "ApiAdmin";

    /// <summary>Device agents' keys (scope <c>checkin</c>) and admin keys may check devices in.</summary>
    public const string ApiCheckIn = "ApiCheckIn";

    /// <param name="services">The services.</param>
    /// <param name="entraId">Whether Entra bearer tokens are accepted by the API besides organisation keys.</param>
    public static IServiceCollection AddPortalPolicies(this IServiceCollection services, bool entraId = false)
    {
        string[] apiSchemes = entraId
            ? [ApiKeyAuthenticationHandler.SchemeName, EntraIdRegistration.BearerScheme]
            : [ApiKeyAuthenticationHandler.SchemeName];
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(PortalRoles.Admin).RequireClaim(PortalClaims.OrganizationId))
            .AddPolicy(Reader, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Reader).RequireClaim(PortalClaims.OrganizationId))
            .AddPolicy(Support, p => p.RequireRole(PortalRoles.Support))
            .AddPolicy(SignedIn, p => p.RequireRole(PortalRoles.Admin, PortalRoles.Reader, PortalRoles.Support))
            .AddPolicy(ApiRead, p => p.AddAuthenticationSchemes(apiSchemes)
                .RequireClaim(PortalClaims.Scope, ApiScopes.Admin, ApiScopes.Read))
            .AddPolicy(ApiAdmin, p => p.AddAuthenticationSchemes(apiSchemes)
                .RequireClaim(PortalClaims.Scope, ApiScopes.Admin))
            .AddPolicy(ApiCheckIn, p => p.AddAuthenticationSchemes(apiSchemes)
                .RequireClaim(PortalClaims.Scope, ApiScopes.Admin, ApiScopes.CheckIn))
            // Every endpoint without a policy of its own still needs a signed-in user.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
