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

/// <summary>The invitees without access to the system (R-CALL-6): a letter to print for each, and
/// their answer, given by phone or post, recorded by the convener in the invitee's own row.</summary>
public sealed class LettersModel(CaseRepository caseRepository, SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit) : CasePageModel(caseRepository)
{
    protected override CaseOperation Operation => CaseOperation.VoidInvitation;

    protected override CaseLoad Load => CaseLoad.ForReading;

    /// <summary>Set to print one letter: the page shows only that letter.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Letter { get; set; }

    [BindProperty]
    public Guid InviteeId { get; set; }

    [BindProperty]
    public InvitationAnswer Answer { get; set; }

    [BindProperty]
    [FieldLimit(InvitationReply.MaxTextLength)]
    public string? DeclineReason { get; set; }

    public Invitation Invitation { get; private set; } = null!;

    public IReadOnlyList<(Invitee Invitee, InvitationReply? Reply)> ByLetter { get; private set; } = [];

    public Invitee? Printed => Letter is { } id ? ByLetter.Select(x => x.Invitee).FirstOrDefault(i => i.Id == id) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken) || !await LoadInviteesAsync(cancellationToken))
        {
            return NotFound();
        }

        return Letter is not null && Printed is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !await LoadInviteesAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reply = await db.InvitationReplies.SingleOrDefaultAsync(r => r.InvitationId == Invitation.Id && r.InviteeId == InviteeId, cancellationToken);
        if (reply is null)
        {
            return NotFound();
        }

        try
        {
            reply.RecordByHand(Invitation, Answer, DeclineReason, staff.Ref, clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex, prefix: string.Empty);
            await Repository.RecordRefusalAsync(Case, ex, cancellationToken);
            return Page();
        }

        db.AuditEvents.Add(audit.ForCase(AuditAction.InvitationAnswered, Case.Id, Case.IndividualId, $"{Answer} recorded by the convener"));
        if (!await RowSave.TrySaveAsync(db, reply, cancellationToken))
        {
            await Repository.RecordConflictAsync(Case, cancellationToken);
            await LoadInviteesAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            return Page();
        }

        TempData["Saved"] = T("Svaret är registrerat.", "The answer is recorded.");
        return Redirect($"/cases/{Id}/invitation/letters");
    }

    private async Task<bool> LoadInviteesAsync(CancellationToken cancellationToken)
    {
        if (Case.CurrentInvitation is not { } invitation)
        {
            return false;
        }

        Invitation = invitation;
        var replies = await db.InvitationReplies.AsNoTracking().Where(r => r.InvitationId == invitation.Id && r.UnitId == null).ToListAsync(cancellationToken);
        ByLetter = [.. invitation.Invitees.Where(i => i.NeedsLetter).Select(i => (i, replies.FirstOrDefault(r => r.InviteeId == i.Id)))];
        return true;
    }
}
