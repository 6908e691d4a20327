using MmdPortal.Data;
using Microsoft.AspNetCore.DataProtection;
using Scalar.AspNetCore;

namespace MmdPortal.Web.Infrastructure;

/// <summary>Browser-side defences on every response. Pages load scripts and styles only from the portal itself
/// (no inline script, no CDN), so the policy can be strict.</summary>
public static class SecurityHeaders
{
    private static readonly string ContentSecurityPolicy = Policy(scriptSource: "'self'", styleSource: "'self'");

    // The API reference page (Scalar) starts itself with one inline module script, allowed by the nonce Scalar
    // generates per request, and its components set inline styles. Still no other host: everything stays 'self'.
    private static string ApiReferencePolicy(string nonce) =>
        Policy(scriptSource: $"'self' 'nonce-{nonce}'", styleSource: "'self' 'unsafe-inline'");

    private static string Policy(string scriptSource, string styleSource) =>
        $"default-src 'self'; script-src {scriptSource}; style-src {styleSource}; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IHostApplicationBuilder AddSecurityDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "MmdPortal.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Keys in the database: a cookie or form issued by one instance is readable by every other one.
        builder.Services.AddDataProtection().SetApplicationName("MmdPortal").PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // Only Scalar's page carries a nonce: every other response keeps the strict policy.
                headers.ContentSecurityPolicy =
                    context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string value
                        ? ApiReferencePolicy(value)
                        : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
