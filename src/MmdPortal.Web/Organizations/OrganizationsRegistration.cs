using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MmdPortal.Web.Organizations;

public static class OrganizationsRegistration
{
    public static IHostApplicationBuilder AddOrganizations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        builder.Services.AddSingleton<BootstrapOrganization>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IOrganizationScope, CurrentOrganization>();

        // Pages sign in with a cookie; the API with an organisation key, or with an Entra bearer token when Entra
        // ID is configured.
        var entraId = EntraTenants.IsConfigured(builder.Configuration);
        var authentication = builder.Services.AddAuthentication("Portal")
            .AddPolicyScheme("Portal", null, o => o.ForwardDefaultSelector = context =>
                !context.Request.Path.StartsWithSegments("/api") ? CookieAuthenticationDefaults.AuthenticationScheme
                : entraId && IsBearer(context) ? EntraIdRegistration.BearerScheme
                : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(AccountsRegistration.ConfigureCookie);
        if (entraId) authentication.AddPortalEntraId(builder.Configuration);
        return builder;
    }

    private static bool IsBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
