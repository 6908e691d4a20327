using System.ComponentModel.DataAnnotations;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Pages.Account;

/// <summary>The one-time page that creates the bootstrap organisation's first admin.</summary>
public sealed class SetupModel(PortalDbContext db, LocalAccounts accounts, BootstrapOrganization organization, FirstAdminSetup setup,
    IAuthenticationSchemeProvider schemes)
    : PageModel
{
    [BindProperty, Required, Display(Name = "User name")] public string UserName { get; set; } = "";
    [BindProperty, Required, DataType(DataType.Password), Display(Name = "Password")] public string Password { get; set; } = "";
    [BindProperty, Required, DataType(DataType.Password), Compare(nameof(Password)), Display(Name = "Repeat the password")]
    public string RepeatPassword { get; set; } = "";

    public string OrganizationName => organization.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await HasUsersAsync(cancellationToken) ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Checked again here, not only by the flag: this page may act once, on any instance.
        if (await HasUsersAsync(cancellationToken)) return RedirectToPage("/Account/SignIn");
        if (!ModelState.IsValid) return Page();
        if (await accounts.CreateAsync(organization.Id, UserName, Password, PortalRoles.Admin, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(nameof(UserName), problem);
            return Page();
        }

        return RedirectToPage("/Account/SignIn");
    }

    private async Task<bool> HasUsersAsync(CancellationToken cancellationToken)
    {
        // With Entra ID the first admin is whoever of an allowed tenant signs in first with the admin app role.
        if (await schemes.GetSchemeAsync(EntraIdRegistration.OpenIdConnectScheme) is not null) return true;
        var any = await db.Users.IgnoreQueryFilters().AnyAsync(u => u.OrganizationId == organization.Id, cancellationToken);
        setup.Needed = !any;
        return any;
    }
}
