using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Data.Outbox;

namespace Samplan.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.Payload).IsRequired();
        // A worker looks for what is not done yet, oldest first.
        builder.HasIndex(m => new { m.ProcessedAt, m.CreatedAt });
    }
}
