using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Data;

/// <summary>Whether the database's schema is the one this build expects: for start-up, the <c>migrate</c> command
/// and a readiness check.</summary>
public static class DatabaseSchema
{
    /// <summary>How an operator applies pending migrations, for messages.</summary>
    public const string MigrateHint =
        "run 'dotnet MmdPortal.Web.dll migrate' (from source: 'dotnet run --project src/MmdPortal.Web -- migrate'), " +
        "have a DBA apply the script of docs/sql, or set Database:MigrateOnStartup=true";

    /// <summary>The migrations of this build that the database lacks, oldest first; empty when the schema is
    /// current. A database that does not exist yet lacks all of them. Reads the migrations history table only.</summary>
    public static async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
}
