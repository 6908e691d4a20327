using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Actor).HasMaxLength(AuditEntry.MaxActorLength);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Target).HasMaxLength(AuditEntry.MaxTargetLength);
        builder.Property(a => a.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.HasIndex(a => new { a.OrganizationId, a.Id });
        builder.HasIndex(a => a.At);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId);
    }
}
