using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Domain.People;

namespace Samplan.Data.Configurations;

internal sealed class IndividualConfiguration : IEntityTypeConfiguration<Individual>
{
    public void Configure(EntityTypeBuilder<Individual> builder)
    {
        builder.ToTable("Individuals");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Personnummer)
            .HasConversion(p => p.Value, text => Personnummer.FromStored(text))
            .HasMaxLength(12)
            .IsRequired();
        // One record per organisation and number; the number alone stays indexed for the lookups
        // that follow a person across organisations (protected identity, another open SIP).
        builder.HasIndex(i => new { i.OrganisationId, i.Personnummer }).IsUnique();
        builder.HasIndex(i => i.Personnummer);
        builder.Property(i => i.GivenName).HasMaxLength(200);
        builder.Property(i => i.FamilyName).HasMaxLength(200);
        builder.Property(i => i.SearchText).HasMaxLength(500);
        builder.Property(i => i.Relations).HasJsonConversion().IsRequired();
        builder.Ignore(i => i.FullName);
    }
}
