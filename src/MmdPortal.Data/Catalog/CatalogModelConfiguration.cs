using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Catalog;

internal sealed class CatalogModelConfiguration : IEntityTypeConfiguration<CatalogModel>
{
    public void Configure(EntityTypeBuilder<CatalogModel> builder)
    {
        builder.ToTable("CatalogModels");
        builder.Property(m => m.Manufacturer).HasMaxLength(100);
        builder.Property(m => m.Model).HasMaxLength(100);
        builder.Property(m => m.MachineTypes).HasMaxLength(200);
        builder.Property(m => m.AddedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.OrganizationId, m.Manufacturer, m.Model }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId);
    }
}
