using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MmdPortal.Data.Errors;

internal sealed class ErrorRecordConfiguration : IEntityTypeConfiguration<ErrorRecord>
{
    public void Configure(EntityTypeBuilder<ErrorRecord> builder)
    {
        builder.ToTable("Errors");
        builder.Property(e => e.RequestId).HasMaxLength(100);
        builder.Property(e => e.UserName).HasMaxLength(300);
        builder.Property(e => e.Operation).HasMaxLength(500);
        builder.Property(e => e.ExceptionType).HasMaxLength(300);
        builder.Property(e => e.Message).HasMaxLength(ErrorRecord.MaxMessageLength);
        builder.Property(e => e.Detail).HasMaxLength(ErrorRecord.MaxDetailLength);
        builder.HasIndex(e => e.RequestId);
        builder.HasIndex(e => e.OccurredAt);
    }
}
