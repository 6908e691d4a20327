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

    /// <summary>Also accepted from Accept-Language: neutral Dutch, which browsers send as "nl" and which parent
    /// fallback needs for "nl-BE". A culture falls back only to a supported parent, and nl-NL is not "nl"'s parent
    /// but its child: without it these browsers would get English. The resources are the same (.nl.resx).</summary>
    private static readonly CultureInfo[] AcceptedCultures = [.. SupportedCultures, new("nl")];

    public static IHostApplicationBuilder AddPortalLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = AcceptedCultures;
            o.SupportedUICultures = AcceptedCultures;
            // "nl" and "nl-BE" from a browser land on nl; "en-GB" on en.
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
