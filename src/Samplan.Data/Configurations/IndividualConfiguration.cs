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
        builder.HasIndex(i => i.Personnummer).IsUnique();
        builder.Property(i => i.GivenName).HasMaxLength(200);
        builder.Property(i => i.FamilyName).HasMaxLength(200);
        builder.Property(i => i.SearchText).HasMaxLength(500);
        builder.Property(i => i.Relations).HasJsonConversion().IsRequired();
        builder.Ignore(i => i.FullName);
    }
}
