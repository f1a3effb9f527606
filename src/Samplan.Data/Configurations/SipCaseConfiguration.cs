using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Cases;

namespace Samplan.Data.Configurations;

internal sealed class SipCaseConfiguration : IEntityTypeConfiguration<SipCase>
{
    public void Configure(EntityTypeBuilder<SipCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property<int>(SamplanDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(c => c.IndividualId);
        builder.HasIndex(c => new { c.Phase, c.NextDueOn });

        builder.Property(c => c.Initiative).HasJsonConversion().IsRequired();
        builder.Property(c => c.Initiator).HasJsonConversion().IsRequired();
        builder.Property(c => c.Consent).HasJsonConversion();
        builder.Property(c => c.Preparation).HasJsonConversion();
        builder.Property(c => c.Coordinator).HasJsonConversion();
        builder.Property(c => c.Closure).HasJsonConversion();
        builder.Property(c => c.Protection).HasJsonConversion();
        builder.Property(c => c.Invitations).HasJsonConversion().IsRequired();
        builder.Property(c => c.Meetings).HasJsonConversion().IsRequired();
        builder.Property(c => c.Plans).HasJsonConversion().IsRequired();
        builder.Property(c => c.FollowUps).HasJsonConversion().IsRequired();

        // The individual's own preparation is theirs: a row of its own keyed by the case, with its
        // own version, so saving it neither bumps nor is blocked by the case row (R-PREP-4).
        builder.SplitToTable("OwnPreparations", own =>
        {
            own.Property(c => c.OwnPreparation);
            own.Property<int>(SamplanDbContext.OwnVersionProperty);
        });
        builder.Property(c => c.OwnPreparation).HasJsonConversion();
        builder.Property<int>(SamplanDbContext.OwnVersionProperty).IsConcurrencyToken();

        // The history is rows of its own, appended with each change in the same transaction, never
        // rewritten. The key starts with the position so the history loads in its order; the id
        // tells apart two lines that parts saved at the same moment gave the same position.
        builder.OwnsMany(c => c.History, history =>
        {
            history.ToTable("CaseHistory");
            history.WithOwner().HasForeignKey("CaseId");
            history.Property<Guid>("CaseId");
            history.Property<Guid>("Id").ValueGeneratedOnAdd();
            history.HasKey("CaseId", nameof(CaseEvent.Position), "Id");
            history.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            history.Property(e => e.ActorName).HasMaxLength(200);
            history.Property(e => e.Detail).HasMaxLength(500);
            // Rows from before actors were recorded were all professionals' (the migration's default).
            history.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
            history.Property(e => e.ProxyRelation).HasConversion<string>().HasMaxLength(32);
        });
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.PendingEvents);

        // The units taking part are rows of their own, so access checks are plain indexed joins.
        builder.OwnsMany(c => c.Units, units =>
        {
            units.ToTable("CaseUnits");
            units.WithOwner().HasForeignKey("CaseId");
            units.Property<Guid>("CaseId");
            units.HasKey("CaseId", nameof(CaseUnit.UnitId), nameof(CaseUnit.Role));
            units.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
            // Unit first, then case: the unit's case ids come from the index alone (an index-only
            // scan), so the case list and every visibility check skip the CaseUnits rows themselves
            // (docs/benchmarks.md, "Case list: paging and query shape").
            units.HasIndex(nameof(CaseUnit.UnitId), "CaseId");
        });
        builder.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(c => c.CurrentInvitation);
        builder.Ignore(c => c.CurrentMeeting);
        builder.Ignore(c => c.DraftPlan);
        builder.Ignore(c => c.AgreedPlan);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.NextDueKind);
        builder.Ignore(c => c.Reference);
        builder.HasIndex(c => c.ResponsibleUnitId);
    }
}
