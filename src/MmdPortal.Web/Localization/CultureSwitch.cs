using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace MmdPortal.Web.Localization;

/// <summary>
/// The layout's language buttons post here: the choice is kept for a year in the culture cookie, which
/// <see cref="CookieRequestCultureProvider"/> reads before Accept-Language, and the user lands back on the page
/// they were on.
/// </summary>
public static class CultureSwitch
{
    public const string Path = "/Culture";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: the sign-in page has the switch too. Not a form-bound minimal API parameter, so the
        // antiforgery check is done by hand below.
        endpoints.MapPost(Path, SwitchAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SwitchAsync(HttpContext context, IAntiforgery antiforgery, TimeProvider time)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var culture = LocalizationRegistration.SupportedCultures
            .FirstOrDefault(c => string.Equals(c.Name, form["culture"], StringComparison.OrdinalIgnoreCase));
        if (culture is null) return Results.BadRequest();

        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = time.GetUtcNow().AddYears(1),
                SameSite = SameSiteMode.Lax,
                // Needed to show the page in the chosen language at all, so it is no tracking cookie.
                IsEssential = true,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
            });
        return Results.LocalRedirect(LocalReturnUrl.OrRoot(form["returnUrl"]));
    }
}
