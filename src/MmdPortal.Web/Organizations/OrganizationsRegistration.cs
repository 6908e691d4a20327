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
        builder.Services.AddScoped<OrganizationExport>();

        // Pages sign in with a cookie; the API only ever with an organisation key.
        builder.Services.AddAuthentication("Portal")
            .AddPolicyScheme("Portal", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(AccountsRegistration.ConfigureCookie);
        return builder;
    }
}
