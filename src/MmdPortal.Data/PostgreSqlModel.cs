using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Data;

/// <summary>What PostgreSQL needs differently from the shared model (written for SQLite).</summary>
internal static class PostgreSqlModel
{
    /// <summary>The provider name that <c>Database.IsNpgsql()</c> compares with; this project does not reference
    /// the PostgreSQL provider.</summary>
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void Apply(ModelBuilder modelBuilder)
    {
        // PostgreSQL 15 has stored generated columns only. The "C" collation makes the prefix range of a search
        // (>= term AND < the next term) compare bytes, as SQLite does, whatever the database's collation.
        modelBuilder.Entity<Device>().Property(d => d.SerialNumberSearch)
            .HasComputedColumnSql("upper(\"SerialNumber\")", stored: true).UseCollation("C");
    }
}
