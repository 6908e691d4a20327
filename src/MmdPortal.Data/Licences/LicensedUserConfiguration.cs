using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Licences;

internal sealed class LicensedUserConfiguration : IEntityTypeConfiguration<LicensedUser>
{
    public void Configure(EntityTypeBuilder<LicensedUser> builder)
    {
        builder.ToTable("LicensedUsers");
        builder.Property(l => l.UserPrincipalName).HasMaxLength(256);
        builder.Property(l => l.AddedBy).HasMaxLength(256);
        builder.HasIndex(l => new { l.OrganizationId, l.UserPrincipalName }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId);
    }
}
