using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Registrations;

internal sealed class RegistrationRowConfiguration : IEntityTypeConfiguration<RegistrationRow>
{
    public void Configure(EntityTypeBuilder<RegistrationRow> builder)
    {
        builder.ToTable("RequestRows");
        builder.Property(r => r.File).HasMaxLength(260);
        builder.Property(r => r.SerialNumber).HasMaxLength(100);
        builder.Property(r => r.ErrorDetail).HasMaxLength(1000);
        // EF does not promise to insert in the order rows were added, so the order is explicit.
        builder.HasIndex(r => new { r.RequestId, r.Position }).IsUnique();
        builder.HasIndex(r => r.DeviceId);
        builder.HasOne<RegistrationRequest>().WithMany().HasForeignKey(r => r.RequestId);
        builder.HasOne(r => r.Device).WithMany().HasForeignKey(r => r.DeviceId);
    }
}
