using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samplan.Data.Identity;
using Samplan.Domain.Directory;

namespace Samplan.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.OrganisationNumber).HasMaxLength(10);
        builder.Ignore(o => o.IsHuvudman);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.HsaId).HasMaxLength(64);
        // Units from before kinds were kept give care; a staff office must be marked as one.
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(UnitKind.HealthCare);
        builder.HasIndex(u => u.HsaId).IsUnique();
        builder.Property(u => u.SearchName).HasMaxLength(200);
        builder.Property(u => u.NoticeAddress).HasMaxLength(Unit.MaxNoticeAddressLength);
        // Serves the prefix part of a unit search; on PostgreSQL the migration builds it with
        // text_pattern_ops so that LIKE 'term%' can use it under any collation.
        builder.HasIndex(u => u.SearchName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
    }
}

internal sealed class StaffAssignmentConfiguration : IEntityTypeConfiguration<StaffAssignment>
{
    public void Configure(EntityTypeBuilder<StaffAssignment> builder)
    {
        builder.ToTable("StaffAssignments");
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasIndex(a => new { a.UserId, a.UnitId }).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.UserId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId);
    }
}

internal sealed class StaffAssignmentRoleConfiguration : IEntityTypeConfiguration<StaffAssignmentRole>
{
    public void Configure(EntityTypeBuilder<StaffAssignmentRole> builder)
    {
        builder.ToTable("StaffAssignmentRoles");
        builder.HasKey(r => new { r.AssignmentId, r.Role });
        builder.Property(r => r.Role).HasMaxLength(32);
        // Removing the assignment removes the roles held through it.
        builder.HasOne<StaffAssignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
