using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Directory;
using Samplan.Domain.Notices;

namespace Samplan.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.Property(n => n.SentTo).HasMaxLength(2000);
        builder.Property(n => n.LastError).HasMaxLength(Notice.MaxErrorLength);
        builder.Property<int>(SamplanDbContext.VersionProperty).IsConcurrencyToken();
        // One notice per thing and unit: a reminder written by two nodes at once exists once.
        builder.HasIndex(n => new { n.Kind, n.SubjectId, n.UnitId, n.Occasion }).IsUnique();
        // The sender's queue: what is due, oldest first.
        builder.HasIndex(n => new { n.State, n.NextAttemptAt });
        // A unit's outbox page, newest first; a case's notices (cancelling, the answer board).
        builder.HasIndex(n => new { n.UnitId, n.CreatedAt });
        builder.HasIndex(n => n.CaseId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId);
    }
}
