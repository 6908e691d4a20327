using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Errors;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Support;

/// <summary>What the support desk finds under a Request ID, across organisations (Support staff belong to
/// none): the upload or release request it names, if any, and the errors stored under it. Read-only.</summary>
public sealed class SupportLookup(PortalDbContext db, SupportReleases releases)
{
    public const int MaxErrors = 100;

    /// <summary>The rows shown with a request: enough to find the one a caller asks about, never a 100,000-row page.</summary>
    public const int MaxRows = 1_000;

    public async Task<SupportFindings> FindAsync(string requestId, CancellationToken cancellationToken)
    {
        var id = ErrorRecord.NormalizeRequestId(requestId);
        var isGuid = Guid.TryParse(id, out var guid);
        var request = isGuid ? await FindRequestAsync(guid, cancellationToken) : null;
        var release = isGuid && request is null ? await releases.FindAsync(guid, cancellationToken) : null;
        var errors = await db.Errors.AsNoTracking().Where(e => e.RequestId == id)
            .OrderByDescending(e => e.Id).Take(MaxErrors)
            .Select(e => new SupportError(e.RequestId, e.OccurredAt, e.Operation, e.UserName,
                db.Organizations.Where(o => o.Id == e.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                e.ExceptionType, e.Message, e.Detail))
            .ToListAsync(cancellationToken);
        return new SupportFindings(id, request, errors) { Release = release };
    }

    private async Task<SupportRequest?> FindRequestAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (request is null) return null;

        var organization = await db.Organizations.Where(o => o.Id == request.OrganizationId).Select(o => o.Name)
            .FirstAsync(cancellationToken);
        // As RequestQueries counts them: a row that created its device reports the device's live status.
        var counts = await db.Rows.IgnoreQueryFilters().Where(r => r.RequestId == request.Id)
            .GroupBy(r => r.CreatedDevice ? r.Device!.Status : DeviceStatus.RegistrationFailed)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = await db.Rows.IgnoreQueryFilters().AsNoTracking().Where(r => r.RequestId == request.Id)
            .OrderBy(r => r.Position).Take(MaxRows)
            .Select(r => new SupportRow(r.File, r.Line, r.SerialNumber,
                r.CreatedDevice ? r.Device!.Status : DeviceStatus.RegistrationFailed,
                r.CreatedDevice ? r.Device!.Error : r.Error,
                r.CreatedDevice ? StoredText.Show(r.Device!.ErrorDetail, r.Device.ErrorDetailArgs) : StoredText.Show(r.ErrorDetail, r.ErrorDetailArgs)))
            .ToListAsync(cancellationToken);
        return new SupportRequest(request.RequestId, request.Kind, organization, request.CreatedBy, request.CreatedAt, request.CompletedAt,
            request.Status, request.RowCount, request.Files, counts.ToDictionary(c => c.Status, c => c.Count),
            await releases.InvolvingAsync(request.Id, cancellationToken))
        { Rows = rows };
    }
}

public sealed record SupportFindings(string RequestId, SupportRequest? Request, IReadOnlyList<SupportError> Errors)
{
    /// <summary>The release request the ID names, with both sides.</summary>
    public SupportRelease? Release { get; init; }

    public bool Found => Request is not null || Release is not null || Errors.Count > 0;
}

public sealed record SupportRequest(
    Guid RequestId, RequestKind Kind, string OrganizationName, string? CreatedBy, DateTime CreatedAt, DateTime? CompletedAt,
    RequestStatus Status, int RowCount, IReadOnlyList<string> Files, IReadOnlyDictionary<DeviceStatus, int> Counts,
    IReadOnlyList<SupportReleaseLink> Releases)
{
    /// <summary>The first <see cref="SupportLookup.MaxRows"/> rows in file/line order.</summary>
    public IReadOnlyList<SupportRow> Rows { get; init; } = [];
}

/// <summary>One row's outcome as the organisation sees it (a row that created its device reports the device's live status).</summary>
public sealed record SupportRow(
    string File, int Line, string? SerialNumber, DeviceStatus Status, RegistrationError? Error, string? Detail);

/// <summary>A stored exception; <c>RequestId</c> is the trace identifier (or upload's ID) it is stored and logged
/// under, the key to find it in the logs.</summary>
public sealed record SupportError(
    string RequestId, DateTime OccurredAt, string Operation, string? UserName, string? OrganizationName,
    string ExceptionType, string Message, string Detail);
