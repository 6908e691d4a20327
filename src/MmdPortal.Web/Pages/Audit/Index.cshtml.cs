using MmdPortal.Data;
using MmdPortal.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Pages.Audit;

/// <summary>The organisation's audit log, newest first, filtered by action, actor and date, paged by key.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public string? NextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Infrastructure.Cursor.TryDecode(Cursor, out var after)) after = null;
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ActionFilter)) query = query.Where(a => a.Action == ActionFilter);
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }

        if (after is { } cursor) query = query.Where(a => a.Id < cursor);
        var entries = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Entries = entries.Take(PageSize).ToList();
        if (entries.Count > PageSize) NextPage = Link(Infrastructure.Cursor.Encode(entries[PageSize - 1].Id));
    }

    private string Link(string cursor)
    {
        var query = new Dictionary<string, string?>
        {
            ["action"] = ActionFilter, ["actor"] = Actor,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["cursor"] = cursor,
        };
        return QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }
}
