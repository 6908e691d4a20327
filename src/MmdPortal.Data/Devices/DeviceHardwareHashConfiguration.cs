using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Devices;

internal sealed class DeviceHardwareHashConfiguration : IEntityTypeConfiguration<DeviceHardwareHash>
{
    public void Configure(EntityTypeBuilder<DeviceHardwareHash> builder)
    {
        builder.ToTable("HardwareHashes");
        builder.HasKey(h => h.DeviceId);
        builder.Property(h => h.DeviceId).ValueGeneratedNever();
        builder.Property(h => h.Value).HasMaxLength(20_000);
    }
}
