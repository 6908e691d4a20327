using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
        // A tenant belongs to one organisation at most; the unique index also settles two first sign-ins at once.
        builder.Property(o => o.EntraTenantId).HasMaxLength(36);
        builder.HasIndex(o => o.EntraTenantId).IsUnique();
    }
}
