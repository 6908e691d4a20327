using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Data;

/// <summary>What SQL Server needs differently from the shared model; the SQLite and PostgreSQL schemas stay as
/// their migrations made them.</summary>
internal static class SqlServerModel
{
    /// <summary>The provider name that <c>Database.IsSqlServer()</c> compares with; this project does not reference
    /// the SQL Server provider.</summary>
    public const string ProviderName = "Microsoft.EntityFrameworkCore.SqlServer";

    public static void Apply(ModelBuilder modelBuilder)
    {
        // SQL Server refuses a foreign key that opens a second cascade path to a table (error 1785): a device is
        // reachable from its organisation directly and through its request. The direct path stays; the request
        // path does not cascade. Nothing relies on it: OrganizationDeletion deletes devices before their requests,
        // and a request on its own is never deleted.
        modelBuilder.Entity<Device>().HasOne(d => d.Request).WithMany().HasForeignKey(d => d.RequestId)
            .OnDelete(DeleteBehavior.NoAction);

        // A persisted computed column in a binary collation: the prefix range of a search compares code points, as
        // on SQLite, whatever the database's collation (a case-insensitive one would make the range inexact).
        modelBuilder.Entity<Device>().Property(d => d.SerialNumberSearch)
            .HasComputedColumnSql("UPPER([SerialNumber]) COLLATE Latin1_General_100_BIN2", stored: true);
    }
}
