using MmdPortal.Web.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Support;

/// <summary>The support desk's lookup of a Request ID, across organisations. Read-only.</summary>
public sealed class IndexModel(SupportLookup lookup) : PageModel
{
    private const int MaxIdLength = 200;

    [BindProperty(SupportsGet = true, Name = "id")] public string? Id { get; set; }

    public SupportFindings? Findings { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Id)) return;
        Findings = Id.Length > MaxIdLength
            ? new SupportFindings(Id[..MaxIdLength], null, [])
            : await lookup.FindAsync(Id, cancellationToken);
    }
}
