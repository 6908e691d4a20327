using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace MmdPortal.Web.Accounts;

/// <summary>Microsoft Entra ID through Microsoft.Identity.Web, added only when <c>AzureAd:ClientId</c> is set:
/// OpenID Connect for the pages (signed in with the portal's cookie) and JWT bearer tokens for the API.</summary>
public static class EntraIdRegistration
{
    public const string BearerScheme = JwtBearerDefaults.AuthenticationScheme;
    public const string OpenIdConnectScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static AuthenticationBuilder AddPortalEntraId(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection(EntraTenants.Section);
        var services = authentication.Services;
        services.AddSingleton(_ => EntraTenants.FromConfiguration(configuration));
        services.AddScoped<EntraSignIns>();

        // cookieScheme: null keeps the portal's own cookie (added by AddOrganizations) as the one users sign in to.
        authentication.AddMicrosoftIdentityWebApp(section, OpenIdConnectScheme, cookieScheme: null);
        authentication.AddMicrosoftIdentityWebApi(section, jwtBearerScheme: BearerScheme);

        // Post-configured, so that these wrap Microsoft.Identity.Web's own handlers and run after them.
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectScheme, options =>
        {
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is not null || context.Principal is null) return;
                var signIns = context.HttpContext.RequestServices.GetRequiredService<EntraSignIns>();
                var outcome = await signIns.SignInUserAsync(context.Principal, context.HttpContext.RequestAborted);
                if (outcome.Principal is null)
                {
                    context.HandleResponse();
                    context.Response.Redirect($"/Account/Denied?reason={outcome.Refusal}");
                    return;
                }

                context.Principal = outcome.Principal;
            };
        });
        services.PostConfigure<JwtBearerOptions>(BearerScheme, options =>
        {
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is not null || context.Principal is null) return;
                var signIns = context.HttpContext.RequestServices.GetRequiredService<EntraSignIns>();
                var outcome = await signIns.SignInApiCallerAsync(context.Principal, context.HttpContext.RequestAborted);
                if (outcome.Principal is null) context.Fail($"The token is refused: {outcome.Refusal}.");
                else context.Principal = outcome.Principal;
            };
        });

        // Pages: an anonymous visitor goes straight to Microsoft's sign-in; a signed-in user without the role still
        // gets the portal's own "not allowed" page.
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
            options => options.ForwardChallenge = OpenIdConnectScheme);
        return authentication;
    }
}
