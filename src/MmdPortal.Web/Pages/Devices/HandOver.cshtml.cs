using MmdPortal.Web.Guide;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>The printable hand-over sheet of one device (step 5): what it is, who it is for, and what the user
/// will see at first start.</summary>
public sealed class HandOverModel(HandOverSheet sheet) : PageModel
{
    public HandOverSheetContent Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sheet.FindAsync(id, cancellationToken) is not { } found) return NotFound();
        Sheet = found;
        return Page();
    }
}
