using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Cases;
using Samplan.Domain.Distribution;

namespace Samplan.Data.Configurations;

internal sealed class PlanCopyConfiguration : IEntityTypeConfiguration<PlanCopy>
{
    public void Configure(EntityTypeBuilder<PlanCopy> builder)
    {
        builder.ToTable("PlanCopies");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RecipientKey).HasMaxLength(300).IsRequired();
        builder.Property(p => p.RecipientName).HasMaxLength(PlanCopy.MaxNameLength).IsRequired();
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<SipCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One copy per recipient and version: recording it twice (two tabs, two colleagues) keeps the first.
        builder.HasIndex(p => new { p.CaseId, p.PlanNumber, p.RecipientKey }).IsUnique();
    }
}
