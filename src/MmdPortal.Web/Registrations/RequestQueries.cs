using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Registrations;

/// <summary>The current organisation's requests and their row outcomes.</summary>
public sealed class RequestQueries(PortalDbContext db)
{
    public const int MaxRowsPerPage = 1_000;

    public async Task<(IReadOnlyList<RequestSummary> Items, long? NextAfter)> PageAsync(
        int pageSize, long? after, CancellationToken cancellationToken)
    {
        var query = db.Requests.AsNoTracking();
        if (after is { } cursor) query = query.Where(r => r.Id < cursor);
        var rows = await query.OrderByDescending(r => r.Id).Take(pageSize + 1)
            .Select(r => new { r.Id, Summary = new RequestSummary(r.RequestId, r.Kind, r.Status, r.RowCount, r.Files, r.CreatedAt, r.CompletedAt, r.CreatedBy) })
            .ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();

        // One grouped query for the whole page (by request and outcome), never one per request.
        var ids = page.Select(r => r.Id).ToList();
        var counts = (await db.Rows.AsNoTracking().Where(r => ids.Contains(r.RequestId))
                .GroupBy(r => new { r.RequestId, Status = r.CreatedDevice ? r.Device!.Status : DeviceStatus.RegistrationFailed })
                .Select(g => new { g.Key.RequestId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.RequestId);
        var items = page.Select(r => r.Summary with
        {
            Counts = counts[r.Id].ToDictionary(c => c.Status.ToString(), c => c.Count),
        }).ToList();
        return (items, rows.Count > pageSize ? rows[pageSize - 1].Id : null);
    }

    public Task<(RequestDocument Document, long? NextRowsAfter)?> GetAsync(
        Guid requestId, long? rowsAfter, int rowLimit, CancellationToken cancellationToken) =>
        GetAsync(requestId, rowsAfter, rowLimit, failedOnly: false, cancellationToken);

    /// <summary>The request with a page of its rows; with <c>failedOnly</c>, only the rows whose outcome is
    /// Registration failed (the counts still cover every row).</summary>
    public async Task<(RequestDocument Document, long? NextRowsAfter)?> GetAsync(
        Guid requestId, long? rowsAfter, int rowLimit, bool failedOnly, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (request is null) return null;

        // A row that created its device reports the device's live status; a repeat reports its own outcome.
        var outcomes = db.Rows.AsNoTracking().Where(r => r.RequestId == request.Id);
        var counts = await outcomes
            .GroupBy(r => r.CreatedDevice ? r.Device!.Status : DeviceStatus.RegistrationFailed)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var page = outcomes;
        if (failedOnly) page = page.Where(r => !r.CreatedDevice || r.Device!.Status == DeviceStatus.RegistrationFailed);
        if (rowsAfter is { } cursor) page = page.Where(r => r.Position > cursor);
        var rows = rowLimit == 0 ? [] : await page.OrderBy(r => r.Position).Take(rowLimit + 1)
            .Select(r => new RowOutcome(r.Position, r.CreatedDevice, r.File, r.Line, r.SerialNumber,
                r.Device != null ? r.Device.PublicId : null,
                r.CreatedDevice ? r.Device!.Status : DeviceStatus.RegistrationFailed,
                r.CreatedDevice ? r.Device!.Error : r.Error,
                // In the reader's language: the detail is stored as a key and values.
                r.CreatedDevice ? StoredText.Show(r.Device!.ErrorDetail, r.Device.ErrorDetailArgs) : StoredText.Show(r.ErrorDetail, r.ErrorDetailArgs))
            {
                DecidedBy = r.CreatedDevice ? r.Device!.Request!.RequestId : requestId,
            })
            .ToListAsync(cancellationToken);

        var next = rows.Count > rowLimit ? rows[rowLimit - 1].Position : (long?)null;
        var document = new RequestDocument(request.RequestId, request.Status, request.RowCount, request.Files,
            StoredText.ShowAll(request.Warnings, request.WarningArgs), request.CreatedAt, request.CompletedAt, counts.ToDictionary(c => c.Status.ToString(), c => c.Count),
            rows.Take(rowLimit).ToList(), null);
        return (document, next);
    }
}
