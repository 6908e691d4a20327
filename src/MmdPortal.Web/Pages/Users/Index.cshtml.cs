using System.ComponentModel.DataAnnotations;
using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Pages.Users;

/// <summary>An admin's users of their own organisation: add one with a role, reset a password.</summary>
public sealed class IndexModel(PortalDbContext db, LocalAccounts accounts, IOrganizationScope organization, AuditLog audit,
    IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public NewUser Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var problem = PortalRoles.OrganizationRoles.Contains(Input.Role)
                ? await accounts.CreateAsync(organization.OrganizationId, Input.UserName, Input.Password, Input.Role, cancellationToken)
                : localizer["Choose Admin or Reader."];
            if (problem is null)
            {
                Done = localizer["Added {0} as {1}.", Input.UserName.Trim(), Input.Role];
                await audit.RecordAsync(AuditActions.UserAdded, Input.UserName.Trim(), StoredText.Of(PortalText.Key("Role {0}"), Input.Role), cancellationToken);
            }
            else ModelState.AddModelError("Input.UserName", problem);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(int userId, string newPassword, CancellationToken cancellationToken)
    {
        var problem = await accounts.ResetPasswordAsync(userId, newPassword ?? "", cancellationToken);
        if (problem is null)
        {
            Done = localizer["The password was reset; the account is unlocked."];
            var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.PasswordReset, userName, null, cancellationToken);
        }
        else ModelState.AddModelError("", problem);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);

    public sealed class NewUser
    {
        [Required, Display(Name = "User name")] public string UserName { get; set; } = "";
        [Required, DataType(DataType.Password), Display(Name = "Initial password")] public string Password { get; set; } = "";
        [Required, Display(Name = "Role")] public string Role { get; set; } = PortalRoles.Reader;
    }
}
