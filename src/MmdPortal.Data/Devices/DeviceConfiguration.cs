using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Devices;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    // "Live" hardware: neither failed nor deregistered. The same hardware may be live once across all
    // organisations, so these indexes are global, not per organisation. "Failed" is written as "has an error"
    // (the check constraint below makes the two the same): a filter that named Status made every status change
    // (registration, check-in, sweep) rewrite both indexes, although a device only enters or leaves them when it
    // fails, is retried or is deregistered. Double-quoted identifiers are valid in the index filters of SQLite,
    // PostgreSQL and SQL Server (QUOTED_IDENTIFIER is on for EF connections).
    private const string Live = "\"Error\" IS NULL AND \"DeregisteredAt\" IS NULL";

    /// <summary>A device has an error exactly when its registration failed (Status 1).</summary>
    private const string ErrorMeansFailed =
        "(\"Status\" = 1 AND \"Error\" IS NOT NULL) OR (\"Status\" <> 1 AND \"Error\" IS NULL)";

    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.Property(d => d.SerialNumber).HasMaxLength(100);
        builder.Property(d => d.Manufacturer).HasMaxLength(100);
        builder.Property(d => d.Model).HasMaxLength(100);
        builder.Property(d => d.ProductId).HasMaxLength(50);
        builder.Property(d => d.GroupTag).HasMaxLength(100);
        builder.Property(d => d.AssignedUser).HasMaxLength(256);
        builder.Property(d => d.PrimaryUser).HasMaxLength(256);
        builder.Property(d => d.ErrorDetail).HasMaxLength(1000);
        builder.Property(d => d.HashProblem).HasMaxLength(500);
        builder.Property(d => d.HashSerialNumber).HasMaxLength(100);
        builder.Property(d => d.HashManufacturer).HasMaxLength(100);
        builder.Property(d => d.HashModel).HasMaxLength(100);
        builder.Property(d => d.HashKey).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.SerialKey).HasMaxLength(210);
        builder.Property(d => d.DeliveredTo).HasMaxLength(256);
        // SQLite: a virtual generated column (computed on read, stored only in its index); PostgreSQL and SQL Server
        // override this (PostgreSqlModel, SqlServerModel). SQLite's upper() folds ASCII letters only, which serial
        // numbers are in practice.
        builder.Property(d => d.SerialNumberSearch).HasMaxLength(100)
            .HasComputedColumnSql("upper(\"SerialNumber\")", stored: false);

        builder.HasIndex(d => d.PublicId).IsUnique();
        builder.HasIndex(d => d.HashKey).IsUnique().HasFilter($"{Live} AND \"HashKey\" IS NOT NULL")
            .HasDatabaseName("IX_Devices_HashKey_Live");
        builder.HasIndex(d => d.SerialKey).IsUnique().HasFilter($"{Live} AND \"SerialKey\" IS NOT NULL")
            .HasDatabaseName("IX_Devices_SerialKey_Live");

        // The blade: newest first within an organisation, optionally by status; keyset paging on Id. DeregisteredAt
        // and AssignedUser after Id (which is unique, so they never order anything; SQLite has no INCLUDE) let the
        // status counts (GROUP BY Status over live devices) and the needs-a-licence count read this index alone,
        // never the table: 50,000 devices of an organisation counted in a few milliseconds instead of ~50.
        builder.HasIndex(d => new { d.OrganizationId, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.Status, d.Id, d.DeregisteredAt, d.AssignedUser })
            .HasDatabaseName("IX_Devices_OrganizationId_Status_Id_Live");
        // Search: serial numbers that start with the term, by a range on the upper-cased serial number.
        builder.HasIndex(d => new { d.OrganizationId, d.SerialNumberSearch });
        // Sorting the blade on a column: ORDER BY column, Id with keyset paging (see DeviceKeyset), one index per
        // sortable column. Id is the last key column because PostgreSQL needs it there to read pages in order;
        // SQLite has it anyway (rowid). Not filtered on DeregisteredAt: the rare deregistered device is skipped
        // while reading, and a partial index would not serve queries that omit the filter.
        builder.HasIndex(d => new { d.OrganizationId, d.SerialNumber, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.Manufacturer, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.Model, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.GroupTag, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.AssignedUser, d.Id });
        builder.HasIndex(d => new { d.OrganizationId, d.LastSeenAt, d.Id });
        // Registrations per day for the blade's chart: a range of the last 30 days.
        builder.HasIndex(d => new { d.OrganizationId, d.RegisteredAt });
        // The worker and the sweep read one status each, so they have partial indexes of that status alone: a device
        // enters and leaves each once, where indexes led by Status were rewritten on every status change (the sweep,
        // the first check-in and the worker's verdict each paid four index updates per device for them). The
        // filters name the status by number; the queries compare with the enum constant, which EF writes as the
        // same literal, as SQLite needs to match a partial index. Named, because EF keeps one unnamed index per
        // column list, and RequestId has a full index too.
        // The worker: pending devices across organisations, oldest first; a request's pending devices.
        builder.HasIndex(d => d.Id, "IX_Devices_Pending").HasFilter("\"Status\" = 0");
        builder.HasIndex(d => d.RequestId, "IX_Devices_RequestId_Pending").HasFilter("\"Status\" = 0");
        // A request's devices, for the guide's progress of a request (grouped counts by status, image check and
        // delivery). RequestId alone: with Status in it, every status change of every device rewrote it.
        builder.HasIndex(d => d.RequestId);
        builder.HasIndex(d => d.ChangeToken);
        // The inactivity sweep: Active devices by last check-in.
        builder.HasIndex(d => d.LastSeenAt, "IX_Devices_Active_LastSeenAt").HasFilter("\"Status\" = 3");

        builder.ToTable(t => t.HasCheckConstraint("CK_Devices_ErrorMeansFailed", ErrorMeansFailed));

        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId);
        builder.HasOne(d => d.Request).WithMany().HasForeignKey(d => d.RequestId);
        builder.HasOne(d => d.HardwareHash).WithOne().HasForeignKey<DeviceHardwareHash>(h => h.DeviceId);
    }
}
