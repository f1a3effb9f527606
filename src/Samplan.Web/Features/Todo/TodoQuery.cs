using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Todo;

/// <summary>What a unit must do soon, from the case list's own index (CaseListEntries): the open
/// cases it answers for whose next step is due within <see cref="DueHorizonDays"/> days or overdue
/// (R-INIT-4, R-INIT-5, meetings, plans awaiting agreement, R-PLAN-8 follow-ups), and those whose
/// consent runs out within <see cref="ConsentHorizonDays"/> days (R-CONSENT-8). Both computed from
/// the clock the app is given, so tests move time.</summary>
public sealed class TodoQuery(SamplanDbContext db)
{
    public const int DueHorizonDays = 7;

    public const int ConsentHorizonDays = 30;

    /// <summary>A bound per list; a unit with more overdue than this has a list to work through first.</summary>
    public const int Limit = 100;

    public async Task<IReadOnlyList<CaseListRow>> DueAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var horizon = today.AddDays(DueHorizonDays);
        var lines = db.CaseListEntries
            .Where(e => e.UnitId == unitId && e.IsResponsible && e.IsOpen && e.DueOn <= horizon)
            .OrderBy(e => e.DueOn).ThenBy(e => e.FamilyName).ThenBy(e => e.CaseId)
            .Take(Limit);
        return [.. (await Rows(lines, unitId, today).ToListAsync(cancellationToken)).OrderBy(r => r.NextDueOn).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyList<CaseListRow>> ConsentEndingAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var horizon = today.AddDays(ConsentHorizonDays);
        var lines = db.CaseListEntries
            .Where(e => e.UnitId == unitId && e.IsResponsible && e.IsOpen && e.IsSharedWithParticipants
                        && e.ConsentValidUntil != null && e.ConsentValidUntil >= today && e.ConsentValidUntil <= horizon)
            .OrderBy(e => e.ConsentValidUntil).ThenBy(e => e.CaseId)
            .Take(Limit);
        return [.. (await Rows(lines, unitId, today).ToListAsync(cancellationToken)).OrderBy(r => r.ConsentValidUntil)];
    }

    /// <summary>The lines' cases and people; the visibility rule is applied to the cases as in the list.</summary>
    private IQueryable<CaseListRow> Rows(IQueryable<Samplan.Data.CaseList.CaseListEntry> lines, Guid unitId, DateOnly today) =>
        from e in lines
        join c in db.Cases.Where(CaseVisibility.For(unitId, today)) on e.CaseId equals c.Id
        join i in db.Individuals on c.IndividualId equals i.Id
        select new CaseListRow(c.Id, i.GivenName + " " + i.FamilyName, i.Personnummer, i.HasProtectedIdentity, c.Phase, c.NextDueOn, c.Initiative, c.Protection)
        {
            IndividualId = i.Id,
            ConsentValidUntil = c.ConsentValidUntil,
        };
}
