using MmdPortal.Data;
using MmdPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Registrations;

/// <summary>Makes uploads decide hardware ownership one at a time, on every provider.</summary>
/// <remarks>An upload asks "is this hardware live anywhere?" and then inserts; two uploads of the same hardware
/// interleaving between those steps would both pass the check, and the second would die on the filtered unique
/// index (a 500 instead of "already registered"). SQLite needs nothing here: EF Core begins its transactions with
/// BEGIN IMMEDIATE, so an upload already holds the single write lock. PostgreSQL runs writers side by side, so
/// an upload takes a transaction-scoped advisory lock, released by commit or rollback; SQL Server's equivalent is
/// an exclusive application lock owned by the transaction (sp_getapplock). Readers and the worker
/// never take it. The lifecycle issue (5) may narrow it, e.g. to one lock per hardware key.</remarks>
internal static class UploadLock
{
    // Any constant that no other advisory lock of this database uses: "MMDPUPLD" read as a 64-bit number.
    private const long Key = 0x4D4D_4450_5550_4C44;

    /// <summary>Call right after beginning the upload's transaction.</summary>
    public static async Task AcquireAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // Uploads queue here as they queue for SQLite's write lock, so the wait gets the same bound rather than
            // the 30 s command timeout: five 1,000-device uploads at once on a loaded machine outwaited it, a 500
            // for the last ones (the load test, issue 9).
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(Math.Max(timeout ?? 0, DatabaseRegistration.WriterQueueSeconds));
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(timeout);
            }
        }
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync(SqlServerLock, cancellationToken);
    }

    // Waits as long as the advisory lock does (bounded by the command timeout). sp_getapplock reports a refusal
    // (deadlock victim, timeout) by its return value rather than an error, so a negative one is raised here:
    // an upload must never carry on without the lock.
    internal const string SqlServerLock = """
        DECLARE @granted int;
        EXEC @granted = sp_getapplock @Resource = N'MmdPortal.Upload', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = -1;
        IF @granted < 0 THROW 51000, N'The upload lock (sp_getapplock MmdPortal.Upload) was not granted.', 1;
        """;
}
