using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Organization;

/// <summary>The organisation's own data, for its admins: the full export.</summary>
public sealed class IndexModel(OrganizationExport export, TimeProvider time) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // Zip writes parts of its stream synchronously, which the response body refuses: build it in a temporary
        // file (deleted on close), then stream that. Memory stays flat however large the organisation.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await export.WriteAsync(file, cancellationToken);
        file.Position = 0;
        return File(file, "application/zip", $"mmdportal-export-{day}.zip");
    }
}
