using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages;

public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(PortalRoles.Support) ? RedirectToPage("/Support/Index") : RedirectToPage("/Devices/Index");
}
