using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Data.CaseList;

namespace Samplan.Data.Configurations;

internal sealed class CaseListEntryConfiguration : IEntityTypeConfiguration<CaseListEntry>
{
    public void Configure(EntityTypeBuilder<CaseListEntry> builder)
    {
        builder.ToTable("CaseListEntries");
        builder.HasKey(e => new { e.UnitId, e.CaseId });
        builder.Property(e => e.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FamilyName).HasMaxLength(200);
        // The triggers find a case's lines by it.
        builder.HasIndex(e => e.CaseId);
        // A deleted case takes its lines with it: the migration declares that foreign key to
        // "Cases" by hand, because EF would point it at the table the case is split into.

        // The list's order within a unit's open (or closed) cases, then the columns its filters
        // read, so the first page and the due count are one range of this index and no table row.
        builder.HasIndex(e => new { e.UnitId, e.IsOpen, e.DueOn, e.FamilyName, e.CaseId, e.IsResponsible, e.IsSharedWithParticipants, e.ConsentValidUntil, e.Phase })
            .HasDatabaseName("IX_CaseListEntries_UnitOrder");
    }
}
