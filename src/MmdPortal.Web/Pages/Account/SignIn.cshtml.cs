using System.ComponentModel.DataAnnotations;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Account;

[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public sealed class SignInModel(LocalAccounts accounts, AuditLog audit, IAuthenticationSchemeProvider schemes,
    IStringLocalizer<SignInModel> localizer) : PageModel
{
    [BindProperty, Required, Display(Name = "User name")] public string UserName { get; set; } = "";
    [BindProperty, Required, DataType(DataType.Password), Display(Name = "Password")] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>With Entra ID configured, organisations' users sign in with Microsoft; local passwords remain only
    /// for the provider's support staff, who belong to no customer tenant.</summary>
    public bool EntraId { get; private set; }

    public async Task OnGetAsync() => EntraId = await IsEntraIdAsync();

    public async Task<IActionResult> OnPostMicrosoftAsync()
    {
        if (!await IsEntraIdAsync()) return RedirectToPage();
        return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, EntraIdRegistration.OpenIdConnectScheme);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        EntraId = await IsEntraIdAsync();
        if (!ModelState.IsValid) return Page();
        var outcome = await accounts.CheckPasswordAsync(UserName, Password, cancellationToken);
        // An organisation's local account must not bypass its tenant's Entra ID sign-in (MFA, conditional access).
        var entraOnly = EntraId && outcome.Principal is { } principal && !principal.IsInRole(PortalRoles.Support);
        if (outcome.Principal is null || entraOnly)
        {
            // A name of no organisation is recorded without one: no organisation's admin sees it.
            await audit.RecordAsync(outcome.OrganizationId, UserName.Trim(), AuditActions.SignInFailed, UserName.Trim(),
                StoredText.Of(entraOnly ? PortalText.Key("Password sign-in is off: this organisation signs in with Microsoft Entra ID")
                : outcome.LockedUntil is null ? PortalText.Key("Wrong user name or password") : PortalText.Key("Account locked")),
                cancellationToken);
            // The same words for an unknown name and a wrong password: no hint which names exist.
            ModelState.AddModelError("", outcome.LockedUntil is { } until
                ? localizer["Too many failed sign-ins: the account is locked until {0:t} UTC.", until]
                : localizer["The user name or password is not correct."]);
            return Page();
        }

        var userName = outcome.Principal.Identity!.Name!;
        await audit.RecordAsync(outcome.OrganizationId, userName, AuditActions.SignIn, userName, null, cancellationToken);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        // Support staff have no organisation's pages: their home is the Request ID lookup.
        var home = outcome.Principal.IsInRole(PortalRoles.Support) ? "/Support" : "/Devices";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : home);
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Devices";

    private async Task<bool> IsEntraIdAsync() =>
        await schemes.GetSchemeAsync(EntraIdRegistration.OpenIdConnectScheme) is not null;
}
