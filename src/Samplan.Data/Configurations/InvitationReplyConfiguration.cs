using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;

namespace Samplan.Data.Configurations;

internal sealed class InvitationReplyConfiguration : IEntityTypeConfiguration<InvitationReply>
{
    public void Configure(EntityTypeBuilder<InvitationReply> builder)
    {
        builder.ToTable("InvitationReplies");
        builder.HasKey(r => new { r.InvitationId, r.InviteeId });
        builder.Property(r => r.InviteeName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Answer).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AcknowledgedBy).HasMaxLength(200);
        builder.Property(r => r.AnsweredBy).HasMaxLength(200);
        builder.Property(r => r.DeclineReason).HasMaxLength(InvitationReply.MaxTextLength);
        builder.Property(r => r.Attendees).HasMaxLength(InvitationReply.MaxTextLength);
        // Two people of one unit answering at once: the second save finds the row changed.
        builder.Property<int>(SamplanDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<SipCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The case's answer board, and a unit's invitations still to answer.
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.UnitId, r.Answer });
        // The reminder job's question: answers still missing for invitations sent before a day.
        builder.HasIndex(r => new { r.Answer, r.InvitedAt });
        // ... and those whose answer-by day has come.
        builder.HasIndex(r => new { r.Answer, r.AnswerBy });
    }
}
