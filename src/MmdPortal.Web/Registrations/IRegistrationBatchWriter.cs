using MmdPortal.Data;
using MmdPortal.Data.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Registrations;

/// <summary>Stores one batch of an upload: its row outcomes, the devices they created and those devices' hashes,
/// in the upload's open transaction. Afterwards every new device has its key and every outcome that points at a
/// device (its own, or a repeat's first occurrence in the same batch) has its <see cref="RegistrationRow.DeviceId"/>.</summary>
/// <remarks>EF Core's SaveChanges of a batch (1,000 outcomes, devices and hashes) was 80 % of an upload: ~3,000
/// single-row INSERTs and the topological sort over them (docs/performance.md). SQLite and PostgreSQL get set-based
/// statements instead; SQL Server, which no machine here runs, keeps EF.</remarks>
internal interface IRegistrationBatchWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<RegistrationRow> rows, CancellationToken cancellationToken);

    /// <summary>The writer for the context's provider.</summary>
    static IRegistrationBatchWriter For(PortalDbContext db) =>
        db.Database.IsSqlite() ? new SqliteRegistrationBatchWriter(db)
        : db.Database.IsNpgsql() ? new PostgresRegistrationBatchWriter(db)
        : new EfRegistrationBatchWriter(db);
}
