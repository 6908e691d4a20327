using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

public sealed class DetailModel(DeviceDetails details) : PageModel
{
    public DeviceDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await details.FindAsync(id, cancellationToken) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
