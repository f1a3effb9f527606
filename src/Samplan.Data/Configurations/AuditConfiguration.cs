using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Data.Auditing;

namespace Samplan.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(e => e.Id);
        // Owned, in its own table, keyed by the event's id. The migrations leave out the foreign
        // key EF would add: checking it would lock the event row (FOR KEY SHARE) for every sealed
        // row, writing to the event table again, and a deleted event must show as a gap in the
        // chain rather than take its seal with it.
        builder.OwnsOne(e => e.Seal, seal =>
        {
            seal.ToTable("AuditSeals");
            seal.WithOwner().HasForeignKey("EventId");
            seal.HasKey("EventId");
            seal.HasIndex(s => s.Sequence).IsUnique();
            seal.Property(s => s.PreviousHash).HasMaxLength(64);
            seal.Property(s => s.Hash).HasMaxLength(64);
        });
        builder.HasIndex(e => new { e.IndividualId, e.At });
        builder.HasIndex(e => new { e.UserId, e.At });
        builder.HasIndex(e => new { e.UnitId, e.At });
        builder.HasIndex(e => new { e.OrganisationId, e.At });
        builder.HasIndex(e => new { e.SubjectOrganisationId, e.At });
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Outcome).HasMaxLength(16);
        builder.Property(e => e.ActorKind).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(500);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.Property(h => h.Seal).HasMaxLength(64);
        builder.Property(h => h.VerifiedHash).HasMaxLength(64);
        builder.Property(h => h.VerifiedSeal).HasMaxLength(64);
    }
}

internal sealed class AuditReviewConfiguration : IEntityTypeConfiguration<AuditReview>
{
    public void Configure(EntityTypeBuilder<AuditReview> builder)
    {
        builder.ToTable("AuditReviews");
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.ReviewerId).HasMaxLength(64);
        builder.Property(r => r.ReviewerName).HasMaxLength(256);
        builder.Property(r => r.Scope).HasMaxLength(1000);
        builder.Property(r => r.Outcome).HasMaxLength(64);
        builder.Property(r => r.Findings).HasMaxLength(4000);
        builder.HasIndex(r => new { r.OrganisationId, r.CreatedAt });
    }
}
