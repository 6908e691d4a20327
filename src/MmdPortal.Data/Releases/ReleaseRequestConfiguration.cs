using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Releases;

internal sealed class ReleaseRequestConfiguration : IEntityTypeConfiguration<ReleaseRequest>
{
    public void Configure(EntityTypeBuilder<ReleaseRequest> builder)
    {
        builder.ToTable("ReleaseRequests");
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.DecisionNote).HasMaxLength(1000);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasIndex(r => r.RequestId).IsUnique();
        builder.HasIndex(r => new { r.OwnerOrganizationId, r.Status });
        builder.HasIndex(r => new { r.RequesterOrganizationId, r.Status });
        builder.HasIndex(r => r.RequesterDeviceId);
        builder.HasIndex(r => r.OwnerDeviceId);
        // No navigations: the two devices belong to different organisations, and each side's query filter
        // must never pull in the other side's device.
        builder.HasOne<Device>().WithMany().HasForeignKey(r => r.RequesterDeviceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(r => r.OwnerDeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}
