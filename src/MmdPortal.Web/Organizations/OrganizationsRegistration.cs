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
        builder.Services.AddScoped<OrganizationDeletion>();
        builder.Services.AddScoped<ApiKeys>();

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

    private static bool IsBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
