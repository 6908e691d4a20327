using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Audit;

/// <summary>Deletes audit entries older than <c>Audit:Retention</c>, in one statement across organisations.</summary>
public sealed class AuditRetention(PortalDbContext db, TimeProvider time, IOptions<AuditOptions> options)
{
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutOff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        return db.AuditEntries.IgnoreQueryFilters().Where(a => a.At < cutOff).ExecuteDeleteAsync(cancellationToken);
    }
}
