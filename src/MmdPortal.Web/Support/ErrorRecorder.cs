using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Data.Errors;
using MmdPortal.Data.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Support;

/// <summary>Stores unexpected errors under the Request ID the user saw, for the support desk. Writes in a scope of
/// its own (the failing request's context may be broken) and never throws: a failure here is only logged.</summary>
public sealed class ErrorRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<ErrorRecorder> logger)
{
    public const string WorkerOperation = "registration worker pass";

    /// <summary>A pass works for every pending upload at once; its error is stored under (at most) this many of them.</summary>
    public const int MaxRequestsPerWorkerError = 100;

    public async Task RecordAsync(string requestId, string operation, Exception exception, int? organizationId, string? userName)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Errors.Add(Record(requestId, operation, exception, organizationId, userName));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store the error of request {RequestId}", requestId);
        }
    }

    /// <summary>Stores a failed registration pass under the Request ID of each upload it was working for, so that
    /// support finds it by the ID the uploader has.</summary>
    public async Task RecordWorkerFailureAsync(Exception exception)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var pending = await db.Requests.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Status == RequestStatus.Pending).OrderBy(r => r.Id).Take(MaxRequestsPerWorkerError)
                .Select(r => new { r.RequestId, r.OrganizationId }).ToListAsync(CancellationToken.None);
            if (pending.Count == 0) db.Errors.Add(Record(Guid.CreateVersion7(time.GetUtcNow()).ToString(), WorkerOperation, exception, null, null));
            foreach (var request in pending)
                db.Errors.Add(Record(request.RequestId.ToString(), WorkerOperation, exception, request.OrganizationId, null));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store the error of a registration pass");
        }
    }

    private ErrorRecord Record(string requestId, string operation, Exception exception, int? organizationId, string? userName) =>
        Describe(time.GetUtcNow().UtcDateTime, requestId, operation, exception, organizationId, userName);

    /// <summary>The record for an error that the caller stores itself, e.g. in the transaction of its verdict.</summary>
    public static ErrorRecord Describe(
        DateTime at, string requestId, string operation, Exception exception, int? organizationId, string? userName) => new()
    {
        RequestId = Cut(ErrorRecord.NormalizeRequestId(requestId), 100),
        OccurredAt = at,
        OrganizationId = organizationId,
        UserName = userName is null ? null : Cut(userName, 300),
        Operation = Cut(operation, 500),
        ExceptionType = Cut(exception.GetType().FullName ?? exception.GetType().Name, 300),
        Message = Cut(exception.Message, ErrorRecord.MaxMessageLength),
        Detail = Cut(exception.ToString(), ErrorRecord.MaxDetailLength),
    };

    private static string Cut(string value, int length) =>
        value.Length <= length ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..(length - 1)]}…");
}
