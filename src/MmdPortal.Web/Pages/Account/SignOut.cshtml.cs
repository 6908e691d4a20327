using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MmdPortal.Web.Accounts;

namespace MmdPortal.Web.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so that no link on another site can do it.</summary>
public sealed class SignOutModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Devices/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // With Entra ID, Microsoft's session ends too, then Entra sends the browser back to the sign-in page.
        if (await schemes.GetSchemeAsync(EntraIdRegistration.OpenIdConnectScheme) is not null)
            return SignOut(new AuthenticationProperties { RedirectUri = "/Account/SignIn" },
                CookieAuthenticationDefaults.AuthenticationScheme, EntraIdRegistration.OpenIdConnectScheme);

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Account/SignIn");
    }
}
