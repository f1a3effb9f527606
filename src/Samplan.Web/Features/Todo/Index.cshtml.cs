using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Features.Inbox;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Todo;

/// <summary>The unit's to-do page: messages awaiting its acknowledgement, the SIPs it answers for
/// whose next step is due soon or overdue, and consents about to run out, each overdue first.</summary>
public sealed class IndexModel(TodoQuery todo, InboxQuery inbox, CurrentStaff staff, SwedishClock clock, AuditLog audit) : PageModel
{
    public IReadOnlyList<InboxRow> Messages { get; private set; } = [];

    public IReadOnlyList<CaseListRow> Due { get; private set; } = [];

    public IReadOnlyList<CaseListRow> ConsentEnding { get; private set; } = [];

    /// <summary>Invitations the unit has to answer.</summary>
    public IReadOnlyList<InvitationTodoRow> ToAnswer { get; private set; } = [];

    /// <summary>Agreed plans not yet given to everyone who is to get them.</summary>
    public IReadOnlyList<PlanCopyTodoRow> PlansToHandOut { get; private set; } = [];

    /// <summary>The unit's own invitations still missing answers near or past the answer-by day.</summary>
    public IReadOnlyList<InvitationTodoRow> AnswersMissing { get; private set; } = [];

    public DateOnly Today => clock.Today;

    /// <summary>Only the professional's own SIPs (started by them, coordinated by them, invitations
    /// they sent); messages and invitations to answer are the unit's and always shown.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var unitId = staff.UnitId!.Value;
        Messages = await inbox.AwaitingAsync(unitId, Today, cancellationToken);
        Due = await todo.DueAsync(unitId, Today, cancellationToken);
        ConsentEnding = await todo.ConsentEndingAsync(unitId, Today, cancellationToken);
        ToAnswer = await todo.InvitationsToAnswerAsync(unitId, Today, cancellationToken);
        AnswersMissing = await todo.AnswersMissingAsync(unitId, Today, cancellationToken);
        PlansToHandOut = await todo.PlansToHandOutAsync(unitId, clock.Now, cancellationToken);
        if (Mine)
        {
            var me = staff.Ref;
            Due = [.. Due.Where(r => r.IsOwnedBy(me))];
            ConsentEnding = [.. ConsentEnding.Where(r => r.IsOwnedBy(me))];
            AnswersMissing = [.. AnswersMissing.Where(r => r.SentByUserId == me.UserId)];
        }
        await audit.WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success,
            detail: $"to-do{(Mine ? " (mine)" : string.Empty)}; due={Due.Count}; consent-ending={ConsentEnding.Count}; messages={Messages.Count}; to-answer={ToAnswer.Count}; answers-missing={AnswersMissing.Count}; plans-to-hand-out={PlansToHandOut.Count}", cancellationToken: cancellationToken);
        await audit.WritePeopleShownAsync("to-do", Due.Concat(ConsentEnding).Where(r => !r.IsProtected).DistinctBy(r => r.Id).Select(r => ((Guid?)r.Id, r.IndividualId)), cancellationToken);
    }
}
