using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Jobs;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Reads the app's database directly, through a scope of its own container: the audit
/// events a test caused, users' ids, reviews. Other tests append to the same log, so callers
/// always narrow by the sequence they started after and by user or case.</summary>
public static class AuditTrail
{
    public static readonly Guid RegionUppsala = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    public static readonly Guid UppsalaKommun = Guid.Parse("0a000000-0000-0000-0000-000000000002");
    public static readonly Guid Forsakringskassan = Guid.Parse("0a000000-0000-0000-0000-000000000003");

    /// <summary>Regionkontoret, informationssäkerhet (Region Uppsala): ulla.bjork and nils.strom act for it.</summary>
    public static readonly Guid Regionkontoret = Guid.Parse("0b000000-0000-0000-0000-000000000009");

    /// <summary>Socialförvaltningens kansli (Uppsala kommun): hanna.wik acts for it.</summary>
    public static readonly Guid Kommunkansli = Guid.Parse("0b000000-0000-0000-0000-00000000000a");

    /// <summary>Sven Karlsson, 19521130-5130, of the demo data.</summary>
    public static readonly Guid SvenIndividual = Guid.Parse("0c000000-0000-0000-0000-000000000005");

    public const string Ulla = "ulla.bjork";
    public const string Hanna = "hanna.wik";
    public const string Nils = "nils.strom";

    public static async Task<T> WithDbAsync<T>(this SamplanFactory factory, Func<SamplanDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SamplanDbContext>());
    }

    /// <summary>Runs the audit sealer now (the app's background loop would within a moment), so
    /// every event appended so far has its place in the chain.</summary>
    public static async Task SealAsync(this SamplanFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Assert.True(await factory.Services.GetRequiredService<JobRunner>().RunOnceAsync(AuditSealer.JobName), "this app should hold the sealer's lease");
    }

    /// <summary>The newest sequence number in the log (0 when empty), after sealing: events after it are the test's.</summary>
    public static async Task<long> HeadAsync(this SamplanFactory factory)
    {
        await factory.SealAsync();
        return await factory.WithDbAsync(async db => await db.AuditEvents.MaxAsync(e => (long?)e.Seal!.Sequence) ?? 0);
    }

    /// <summary>Events after <paramref name="after"/> that match <paramref name="where"/>, in chain order (sealed first).</summary>
    public static async Task<List<AuditEvent>> EventsAfterAsync(this SamplanFactory factory, long after, Expression<Func<AuditEvent, bool>> where)
    {
        await factory.SealAsync();
        return await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Seal!.Sequence > after).Where(where).OrderBy(e => e.Seal!.Sequence).ToListAsync());
    }

    public static Task<string> UserIdAsync(this SamplanFactory factory, string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>The individual a case is about.</summary>
    public static Task<Guid> IndividualOfAsync(this SamplanFactory factory, Guid caseId) =>
        factory.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.IndividualId).SingleAsync());

    /// <summary>Seals, then walks the whole chain with the app's own verifier, resolved from a scope.</summary>
    public static async Task<AuditVerification> VerifyChainAsync(this SamplanFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.SealAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
    }

    /// <summary>Describes events for a failure message: what happened, by whom, with what outcome.</summary>
    public static string Describe(IEnumerable<AuditEvent> events) =>
        string.Join(Environment.NewLine, events.Select(e => $"  #{e.Seal?.Sequence} {e.Code} {e.Outcome} user={e.UserName} unit={e.UnitId} case={e.CaseId} person={e.IndividualId} detail={e.Detail}"));
}
