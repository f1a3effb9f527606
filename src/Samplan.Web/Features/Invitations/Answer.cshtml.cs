using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Invitations;

/// <summary>An invited unit answers the kallelse (R-CALL-4): acknowledges, then accepts (naming who
/// will attend) or declines with a reason. Only the unit's own answer row is written, with its
/// audit event, so units answering at the same moment never conflict and the case is not touched.</summary>
public sealed class AnswerModel(CaseRepository caseRepository, InvitationAnswering answering, SwedishClock clock) : CasePageModel(caseRepository)
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
        AnswerAsync(InvitationResponse.Acknowledge, T("Kallelsen är kvitterad.", "The invitation is acknowledged."), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        AnswerAsync(InvitationResponse.Accept, T("Ni har tackat ja.", "You have accepted."), cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) =>
        AnswerAsync(InvitationResponse.Decline, T("Ni har tackat nej. Den som kallade ser ert skäl.", "You have declined. The convener sees your reason."), cancellationToken);

    private async Task<IActionResult> AnswerAsync(InvitationResponse response, string saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !await LoadReplyAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await answering.AnswerAsync(Case, Invitation, Reply, new InvitationShown(ShownInvitationId, ShownSequence), response, Attendees, DeclineReason, cancellationToken);
        switch (outcome.Result)
        {
            case AnswerResult.Saved:
                TempData["Saved"] = saved;
                return Redirect($"/cases/{Id}");
            case AnswerResult.Changed:
                // Show it as it is now, with what was typed.
                ModelState.AddModelError(string.Empty, RuleMessages.For(outcome.Code!));
                ModelState.Remove(nameof(ShownInvitationId));
                ModelState.Remove(nameof(ShownSequence));
                ShownInvitationId = Invitation.Id;
                ShownSequence = Invitation.Sequence;
                return Page();
            case AnswerResult.Refused:
                ModelState.AddRuleViolations(outcome.Refusal!, prefix: string.Empty);
                return Page();
            case AnswerResult.Conflict:
                // Theirs stands, ours is kept in the form.
                await LoadReplyAsync(cancellationToken);
                ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
                return Page();
            default:
                throw new InvalidOperationException($"An answer outcome without a page: {outcome.Result}");
        }
    }

    /// <summary>The current invitation and the acting unit's row; false when there is no invitation.</summary>
    private async Task<bool> LoadReplyAsync(CancellationToken cancellationToken)
    {
        if (Case.CurrentInvitation is not { } invitation)
        {
            return false;
        }

        Invitation = invitation;
        Reply = await answering.ReplyOfAsync(invitation, cancellationToken);
        return true;
    }
}
