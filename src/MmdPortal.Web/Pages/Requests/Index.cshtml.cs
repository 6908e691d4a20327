using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Requests;

/// <summary>The organisation's uploads, newest first.</summary>
public sealed class IndexModel(RequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<RequestSummary> Requests { get; private set; } = [];
    public long? NextAfter { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Infrastructure.Cursor.TryDecode(Cursor, out var after)) after = null;
        (Requests, NextAfter) = await queries.PageAsync(50, after, cancellationToken);
    }
}
