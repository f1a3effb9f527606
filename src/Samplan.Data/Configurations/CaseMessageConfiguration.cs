using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Cases;
using Samplan.Domain.Messages;

namespace Samplan.Data.Configurations;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("Messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.SenderName).HasMaxLength(200).IsRequired();
        builder.Property(m => m.SenderUserId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(CaseMessage.MaxTextLength);
        builder.HasOne<SipCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        // A case's messages, newest first, for the case's own message page.
        builder.HasIndex(m => new { m.CaseId, m.SentAt });

        builder.HasMany(m => m.Recipients).WithOne().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MessageRecipientConfiguration : IEntityTypeConfiguration<MessageRecipient>
{
    public void Configure(EntityTypeBuilder<MessageRecipient> builder)
    {
        builder.ToTable("MessageRecipients");
        builder.HasKey(r => new { r.MessageId, r.UnitId });
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReadBy).HasMaxLength(200);
        builder.Property(r => r.AcknowledgedBy).HasMaxLength(200);
        builder.Property(r => r.AcknowledgedByUserId).HasMaxLength(64);
        // Two people of one unit acknowledging at once: the second save finds the row changed.
        builder.Property<int>(SamplanDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(r => r.AwaitsAcknowledgement);
        // A unit's inbox: what awaits its acknowledgement is counted on every page (from a short
        // cache) and listed first; the rest by when it came.
        builder.HasIndex(r => new { r.UnitId, r.Purpose, r.AcknowledgedAt });
    }
}
