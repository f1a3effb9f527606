using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.Cases;
using Samplan.Domain.Deviations;

namespace Samplan.Data.Configurations;

internal sealed class DeviationReportConfiguration : IEntityTypeConfiguration<DeviationReport>
{
    public void Configure(EntityTypeBuilder<DeviationReport> builder)
    {
        builder.ToTable("DeviationReports");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.AboutName).HasMaxLength(DeviationReport.MaxNameLength).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(DeviationReport.MaxTextLength).IsRequired();
        builder.Property(d => d.ReportedBy).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ReportedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<SipCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The case's reports, shown on the case page and read by the prompt.
        builder.HasIndex(d => d.CaseId);
    }
}
