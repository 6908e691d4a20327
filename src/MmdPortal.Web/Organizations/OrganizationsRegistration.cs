using MmdPortal.Data;
using Microsoft.AspNetCore.Authentication;

namespace MmdPortal.Web.Organizations;

public static class OrganizationsRegistration
{
    public const string ApiPolicy = "Api";

    public static IHostApplicationBuilder AddOrganizations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        builder.Services.AddSingleton<BootstrapOrganization>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IOrganizationScope, CurrentOrganization>();

        builder.Services.AddAuthentication("Portal")
            .AddPolicyScheme("Portal", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : BootstrapAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, BootstrapAuthenticationHandler>(BootstrapAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
        return builder;
    }
}
