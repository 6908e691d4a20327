using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Devices;

internal sealed class DeviceTransitionConfiguration : IEntityTypeConfiguration<DeviceTransition>
{
    public const string Table = "DeviceTransitions";

    public void Configure(EntityTypeBuilder<DeviceTransition> builder)
    {
        builder.ToTable(Table);
        builder.Property(t => t.Detail).HasMaxLength(1000);
        builder.Property(t => t.Actor).HasMaxLength(256);
        builder.HasIndex(t => new { t.DeviceId, t.Id });
        builder.HasIndex(t => t.RequestId);
        builder.HasOne<Device>().WithMany().HasForeignKey(t => t.DeviceId);
    }
}
