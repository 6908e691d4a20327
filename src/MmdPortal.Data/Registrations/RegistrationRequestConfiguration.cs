using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Registrations;

internal sealed class RegistrationRequestConfiguration : IEntityTypeConfiguration<RegistrationRequest>
{
    public void Configure(EntityTypeBuilder<RegistrationRequest> builder)
    {
        builder.ToTable("Requests");
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => r.RequestId).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.Id });
        builder.HasIndex(r => r.Status);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId);
    }
}
