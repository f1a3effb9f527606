using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Distribution;
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

    /// <summary>Invitations the unit is asked to answer and has not (R-CALL-4), the answer-by day
    /// first. Only the invitation in force counts: one voided, replaced or whose meeting has passed
    /// can no longer be answered. Rows name the case by its reference only.</summary>
    public async Task<IReadOnlyList<InvitationTodoRow>> InvitationsToAnswerAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var open = await (from r in db.InvitationReplies
                          where r.UnitId == unitId && (r.Answer == InvitationAnswer.NotAnswered || r.Answer == InvitationAnswer.Acknowledged)
                          join c in db.Cases.Where(CaseVisibility.For(unitId, today)) on r.CaseId equals c.Id
                          where c.Phase == CasePhase.Invited
                          orderby r.InvitedAt
                          select new { r.CaseId, r.InvitationId, c.Invitations })
                         .Take(Limit).ToListAsync(cancellationToken);
        return [.. open
            .Select(o => (o.CaseId, Invitation: o.Invitations.Count > 0 ? o.Invitations[^1] : null, o.InvitationId))
            .Where(o => o.Invitation is { Voided: null } i && i.Id == o.InvitationId && i.MeetingDate >= today)
            .Select(o => new InvitationTodoRow(o.CaseId, o.Invitation!.MeetingDate, o.Invitation.AnswersDueOn, 0))
            .OrderBy(r => r.AnswerBy).ThenBy(r => r.MeetingDate)];
    }

    /// <summary>The unit's own invitations (it convenes) with answers still missing once the
    /// answer-by day is near or past: whom to call before the meeting, and whose silence may be a
    /// deviation (R-DEV-1).</summary>
    public async Task<IReadOnlyList<InvitationTodoRow>> AnswersMissingAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var missing = await (from c in db.Cases
                             where c.ResponsibleUnitId == unitId && c.Phase == CasePhase.Invited
                             let count = db.InvitationReplies.Count(r => r.CaseId == c.Id && (r.Answer == InvitationAnswer.NotAnswered || r.Answer == InvitationAnswer.Acknowledged))
                             where count > 0
                             orderby c.NextDueOn
                             select new { c.Id, c.Invitations, Count = count })
                            .Take(Limit).ToListAsync(cancellationToken);
        var horizon = today.AddDays(DueHorizonDays);
        return [.. missing
            .Where(m => m.Invitations.Count > 0 && m.Invitations[^1] is { Voided: null } i && i.AnswersDueOn <= horizon)
            .Select(m => new InvitationTodoRow(m.Id, m.Invitations[^1].MeetingDate, m.Invitations[^1].AnswersDueOn, m.Count) { SentByUserId = m.Invitations[^1].SentBy?.UserId })
            .OrderBy(r => r.AnswerBy).ThenBy(r => r.MeetingDate)];
    }

    /// <summary>How long after an agreement the to-do page reminds of copies not yet given: the
    /// weeks after the meeting, when handing out is due; a copy given later is still recorded.</summary>
    public const int PlanCopyDays = 60;

    /// <summary>The unit's SIPs whose plan it agreed within <see cref="PlanCopyDays"/> days and that
    /// someone who is to get it (the individual, everyone present at the meeting) has not got yet
    /// (R-DOC-2). By the case's reference only.</summary>
    public async Task<IReadOnlyList<PlanCopyTodoRow>> PlansToHandOutAsync(Guid unitId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var since = now.AddDays(-PlanCopyDays);
        var agreed = await (from c in db.Cases
                            where c.ResponsibleUnitId == unitId && c.Phase == CasePhase.Active
                                  && c.History.Any(e => e.Kind == CaseEventKind.PlanAgreed && e.At >= since)
                            join i in db.Individuals on c.IndividualId equals i.Id
                            select new { c.Id, c.Plans, c.Meetings, Name = i.GivenName + " " + i.FamilyName })
                           .Take(Limit).ToListAsync(cancellationToken);
        if (agreed.Count == 0)
        {
            return [];
        }

        var ids = agreed.Select(a => a.Id).ToList();
        var copies = (await db.PlanCopies.Where(p => ids.Contains(p.CaseId)).Select(p => new { p.CaseId, p.PlanNumber, p.RecipientKey }).ToListAsync(cancellationToken))
            .ToLookup(p => (p.CaseId, p.PlanNumber), p => p.RecipientKey);
        return [.. agreed
            .Select(a => (a.Id, Plan: a.Plans.LastOrDefault(p => p.Status == PlanStatus.Agreed), Recipients: PlanRecipient.For(a.Meetings.Count > 0 ? a.Meetings[^1] : null, a.Name, _ => string.Empty)))
            .Where(a => a.Plan is not null)
            .Select(a => new PlanCopyTodoRow(a.Id, a.Plan!.Number, a.Recipients.Count(r => !copies[(a.Id, a.Plan.Number)].Contains(r.Key)), a.Recipients.Count))
            .Where(r => r.Missing > 0)];
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
            Initiator = c.Initiator,
            Coordinator = c.Coordinator,
        };
}

/// <summary>An invitation on the to-do page, by the case's reference only: no person is shown.</summary>
/// <param name="Missing">For the convener: how many invitees have not answered.</param>
public sealed record InvitationTodoRow(Guid CaseId, DateOnly MeetingDate, DateOnly AnswerBy, int Missing)
{
    /// <summary>Who sent the invitation, for a professional's own to-do.</summary>
    public string? SentByUserId { get; init; }

    public string CaseReference => Domain.Cases.CaseReference.For(CaseId);
}

/// <summary>An agreed plan not yet given to everyone who is to get it, by the case's reference only.</summary>
public sealed record PlanCopyTodoRow(Guid CaseId, int PlanNumber, int Missing, int Recipients)
{
    public string CaseReference => Domain.Cases.CaseReference.For(CaseId);
}
