using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Invitations;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Invitations;

/// <summary>An invited unit answers the kallelse (R-CALL-4): acknowledges, then accepts (naming who
/// will attend) or declines with a reason. Only the unit's own answer row is written, with its
/// audit event, so units answering at the same moment never conflict and the case is not touched.</summary>
public sealed class AnswerModel(CaseRepository caseRepository, SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit) : CasePageModel(caseRepository)
{
    protected override CaseOperation Operation => CaseOperation.AnswerInvitation;

    protected override CaseLoad Load => CaseLoad.ForReading;

    [BindProperty]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Attendees { get; set; }

    [BindProperty]
    [FieldLimit(InvitationReply.MaxTextLength)]
    public string? DeclineReason { get; set; }

    /// <summary>The invitation and the version of it the form showed; an answer to another one is not taken.</summary>
    [BindProperty]
    public Guid ShownInvitationId { get; set; }

    [BindProperty]
    public int ShownSequence { get; set; }

    public Invitation Invitation { get; private set; } = null!;

    /// <summary>The acting unit's answer row, when the current invitation invites it.</summary>
    public InvitationReply? Reply { get; private set; }

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken) || !await LoadReplyAsync(cancellationToken))
        {
            return NotFound();
        }

        Attendees = Reply?.Attendees;
        DeclineReason = Reply?.DeclineReason;
        ShownInvitationId = Invitation.Id;
        ShownSequence = Invitation.Sequence;
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken) =>
        AnswerAsync(r => r.Acknowledge(Invitation, staff.Ref, clock.Now), T("Kallelsen är kvitterad.", "The invitation is acknowledged."), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        AnswerAsync(r => r.Accept(Invitation, Attendees, staff.Ref, clock.Now), T("Ni har tackat ja.", "You have accepted."), cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) =>
        AnswerAsync(r => r.Decline(Invitation, DeclineReason, staff.Ref, clock.Now), T("Ni har tackat nej. Den som kallade ser ert skäl.", "You have declined. The convener sees your reason."), cancellationToken);

    private async Task<IActionResult> AnswerAsync(Action<InvitationReply> answer, string saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !await LoadReplyAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (ShownInvitationId != Invitation.Id || ShownSequence != Invitation.Sequence)
        {
            // Moved, voided or sent anew since the form was shown: say so and show it as it is now,
            // with what was typed; nothing is answered that the invitee did not see.
            ModelState.AddModelError(string.Empty, RuleMessages.For(Invitation.Voided is not null ? "invitation.voided" : "invitation.changed"));
            ModelState.Remove(nameof(ShownInvitationId));
            ModelState.Remove(nameof(ShownSequence));
            ShownInvitationId = Invitation.Id;
            ShownSequence = Invitation.Sequence;
            await Repository.RecordRefusalAsync(Case, new DomainRuleException("R-CALL-9", "invitation.changed"), cancellationToken);
            return Page();
        }

        try
        {
            if (Reply is null)
            {
                throw new DomainRuleException("R-CALL-4", "invitation.not-invitee");
            }

            answer(Reply);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex, prefix: string.Empty);
            await Repository.RecordRefusalAsync(Case, ex, cancellationToken);
            return Page();
        }

        db.AuditEvents.Add(audit.ForCase(AuditAction.InvitationAnswered, Case.Id, Case.IndividualId, Reply.Answer.ToString()));
        if (!await RowSave.TrySaveAsync(db, Reply, cancellationToken))
        {
            // A colleague at the same unit answered at this moment: theirs stands, ours is kept in the form.
            await Repository.RecordConflictAsync(Case, cancellationToken);
            await LoadReplyAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            return Page();
        }

        TempData["Saved"] = saved;
        return Redirect($"/cases/{Id}");
    }

    /// <summary>The current invitation and the acting unit's row; false when there is no invitation.</summary>
    private async Task<bool> LoadReplyAsync(CancellationToken cancellationToken)
    {
        if (Case.CurrentInvitation is not { } invitation)
        {
            return false;
        }

        Invitation = invitation;
        var unitId = staff.UnitId!.Value;
        Reply = await db.InvitationReplies.SingleOrDefaultAsync(r => r.InvitationId == invitation.Id && r.UnitId == unitId, cancellationToken);
        return true;
    }
}
