using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MmdPortal.Web.Localization;

/// <summary>
/// English and Dutch: the documentation the portal follows is the Dutch edition. The language comes from the
/// culture cookie when the user chose one, otherwise from the browser's Accept-Language.
/// </summary>
public static class LocalizationRegistration
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("nl-NL")];

    // Parent fallback goes from a browser's "nl-BE" to "nl", never sideways to "nl-NL": without "nl" among the
    // accepted cultures every Dutch browser but a nl-NL one got English. The same Dutch texts serve all of them.
    private static readonly CultureInfo[] AcceptedCultures = [.. SupportedCultures, new("nl")];

    public static IHostApplicationBuilder AddPortalLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = AcceptedCultures;
            o.SupportedUICultures = AcceptedCultures;
            // "nl" and "nl-BE" from a browser land on nl-NL; "en-GB" on en.
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>Runs outside the error handler, so that error pages and problem details speak the user's language.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
