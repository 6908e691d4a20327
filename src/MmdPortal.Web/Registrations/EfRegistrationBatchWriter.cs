using MmdPortal.Data;
using MmdPortal.Data.Registrations;

namespace MmdPortal.Web.Registrations;

/// <summary>The batch through EF Core's change tracker: for SQL Server, and the reference the raw writers are
/// tested against.</summary>
internal sealed class EfRegistrationBatchWriter(PortalDbContext db) : IRegistrationBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<RegistrationRow> rows, CancellationToken cancellationToken)
    {
        db.Rows.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
