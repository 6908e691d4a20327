using MmdPortal.Web.Guide;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>The five steps of registering existing devices, with the commands to copy, the upload and the progress
/// of the latest request.</summary>
public sealed class GuideModel(GuideProgress progress) : PageModel
{
    public Guid? LatestRequest { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LatestRequest = await progress.LatestRequestAsync(cancellationToken);
}
