using MmdPortal.Web.Accounts;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Requests;

/// <summary>What happened to one upload or retry, row by row, with what to do about each failure.</summary>
public sealed class DetailModel(RequestQueries queries, FailedRowsCsv failedRows, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? RowsCursor { get; set; }

    /// <summary>"Failed rows only": the rows to fix.</summary>
    [BindProperty(SupportsGet = true)] public bool Failed { get; set; }

    public RequestDocument Document { get; private set; } = null!;
    public long? NextRowsAfter { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid requestId, CancellationToken cancellationToken)
    {
        if (!Infrastructure.Cursor.TryDecode(RowsCursor, out var after)) after = null;
        if (await queries.GetAsync(requestId, after, RequestQueries.MaxRowsPerPage, Failed, cancellationToken) is not { } found)
            return NotFound();
        (Document, NextRowsAfter) = found;
        return Page();
    }

    /// <summary>The failed rows carry raw hardware hashes (TPM keys, MAC addresses): admins only.</summary>
    public async Task<IActionResult> OnGetFailedRowsAsync(Guid requestId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded) return Forbid();
        if (await failedRows.FindAsync(requestId, cancellationToken) is not { } request) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"failed-rows-{requestId}.csv\"";
        await failedRows.WriteAsync(request, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
