using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MmdPortal.Web.Pages.Account;

[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public sealed class SignInModel(LocalAccounts accounts) : PageModel
{
    [BindProperty, Required, Display(Name = "User name")] public string UserName { get; set; } = "";
    [BindProperty, Required, DataType(DataType.Password)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await accounts.CheckPasswordAsync(UserName, Password, cancellationToken);
        if (outcome.Principal is null)
        {
            // The same words for an unknown name and a wrong password: no hint which names exist.
            ModelState.AddModelError("", outcome.LockedUntil is { } until
                ? string.Create(CultureInfo.InvariantCulture, $"Too many failed sign-ins: the account is locked until {until:HH:mm} UTC.")
                : "The user name or password is not correct.");
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Devices");
    }
}
