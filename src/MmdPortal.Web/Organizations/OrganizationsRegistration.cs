using System.Threading.RateLimiting;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Organizations;

public static class OrganizationsRegistration
{
    /// <summary>The rate limit of the API: <see cref="ApiKeyOptions.RequestsPerMinute"/> per key.</summary>
    public const string ApiRateLimit = "api-key";

    public static IHostApplicationBuilder AddOrganizations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BootstrapOrganization>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IOrganizationScope, CurrentOrganization>();
        builder.Services.AddScoped<OrganizationExport>();
        builder.Services.AddScoped<ApiKeys>();

        // Pages sign in with a cookie; the API only ever with an organisation key.
        builder.Services.AddAuthentication("Portal")
            .AddPolicyScheme("Portal", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(AccountsRegistration.ConfigureCookie);

        // The rate limiter runs after authorisation, so every call it sees has signed in with a key; the 429 and
        // its Retry-After come from the limiter options of AddAccounts.
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy(ApiRateLimit, context =>
            context.User.FindFirst(PortalClaims.KeyId)?.Value is { } keyId
                ? RateLimitPartition.GetFixedWindowLimiter(keyId, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                })
                : RateLimitPartition.GetNoLimiter("")));
        return builder;
    }
}
