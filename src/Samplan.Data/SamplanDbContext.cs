using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Samplan.Data.Auditing;
using Samplan.Data.Identity;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Data;

/// <summary>The one DbContext, shared by the web app and both providers' migration projects.
/// It lives in its own project so that the migration assemblies can reference it without a cycle.</summary>
public sealed class SamplanDbContext(DbContextOptions<SamplanDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public const string VersionProperty = "Version";

    /// <summary>The version of the individual's own preparation, apart from the case's.</summary>
    public const string OwnVersionProperty = "OwnVersion";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();

    public DbSet<StaffAssignmentRole> StaffAssignmentRoles => Set<StaffAssignmentRole>();

    public DbSet<Individual> Individuals => Set<Individual>();

    public DbSet<SipCase> Cases => Set<SipCase>();

    public DbSet<Domain.Messages.CaseMessage> Messages => Set<Domain.Messages.CaseMessage>();

    public DbSet<Domain.Messages.MessageRecipient> MessageRecipients => Set<Domain.Messages.MessageRecipient>();

    public DbSet<Domain.Invitations.InvitationReply> InvitationReplies => Set<Domain.Invitations.InvitationReply>();

    public DbSet<Domain.Notices.Notice> Notices => Set<Domain.Notices.Notice>();

    public DbSet<Domain.Deviations.DeviationReport> DeviationReports => Set<Domain.Deviations.DeviationReport>();

    public DbSet<Domain.Distribution.PlanCopy> PlanCopies => Set<Domain.Distribution.PlanCopy>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditReview> AuditReviews => Set<AuditReview>();

    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    public DbSet<Jobs.JobLease> JobLeases => Set<Jobs.JobLease>();

    /// <summary>The case list's read model, written by the database's triggers only.</summary>
    public DbSet<CaseList.CaseListEntry> CaseListEntries => Set<CaseList.CaseListEntry>();

    /// <summary>Data-protection keys live in the database so that every app node can read the
    /// cookies and anti-forgery tokens any other node issued.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsSqlite => Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>What every SamplanDbContext's options need whatever the provider: one model per
    /// provider. The app adds it where it registers the context, since a pooled context may not
    /// change its options in <see cref="OnConfiguring"/>.</summary>
    public static DbContextOptionsBuilder UseSamplanModelCache(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }

    /// <summary>A context built from options that lack it (the migration projects' design-time
    /// factories) gets it here.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var replaced = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ReplacedServices;
        if (replaced is null || !replaced.Keys.Any(k => k.Item1 == typeof(IModelCacheKeyFactory)))
        {
            UseSamplanModelCache(optionsBuilder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            // PostgreSQL's timestamptz takes only UTC; the domain works in Swedish local time.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SamplanDbContext).Assembly);
        if (IsPostgres)
        {
            JsonColumn.UseJsonb(builder);
        }
    }
}
