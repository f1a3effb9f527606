using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Auditing;

namespace Samplan.Web.Tests.Transactions;

/// <summary>What the database holds about one case, read past the app: its versions, its
/// preparations, and how many history lines, audit events and outbox messages it has.</summary>
public sealed record CaseStore(int Version, int OwnVersion, string? Purpose, string? MyExperience, int HistoryLines, int Outbox, IReadOnlyList<(int Code, string Outcome)> Audit)
{
    public int Audited(AuditAction action, string outcome = AuditOutcome.Success) => Audit.Count(a => a.Code == (int)action && a.Outcome == outcome);

    /// <summary>The case's history as the domain loads it, in its order.</summary>
    public static async Task<IReadOnlyList<(int Position, string Kind)>> HistoryAsync(IServiceProvider services, Guid caseId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId);
        return [.. c.History.Select(h => (h.Position, h.Kind.ToString()))];
    }

    public static async Task<CaseStore> ReadAsync(IServiceProvider services, Guid caseId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId);
        var version = await db.Cases.Where(x => x.Id == caseId).Select(x => EF.Property<int>(x, SamplanDbContext.VersionProperty)).SingleAsync();
        var ownVersion = await db.Cases.Where(x => x.Id == caseId).Select(x => EF.Property<int>(x, SamplanDbContext.OwnVersionProperty)).SingleAsync();
        var outbox = await db.OutboxMessages.CountAsync(m => m.CaseId == caseId);
        var audit = await db.AuditEvents.Where(a => a.CaseId == caseId).Select(a => new { a.Code, a.Outcome }).ToListAsync();
        return new CaseStore(version, ownVersion, c.Preparation?.Purpose, c.OwnPreparation?.MyExperience, c.History.Count, outbox, [.. audit.Select(a => (a.Code, a.Outcome))]);
    }
}
