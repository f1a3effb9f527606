using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Invitations;

/// <summary>The convener moves the meeting of a sent kallelse or voids it with a reason (R-CALL-9);
/// everyone invited is told in the inbox and the calendar file follows (SEQUENCE, CANCEL).</summary>
public sealed class ChangeModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.VoidInvitation;

    [BindProperty]
    public DateOnly? MeetingDate { get; set; }

    [BindProperty]
    public TimeOnly? StartTime { get; set; }

    [BindProperty]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Place { get; set; }

    [BindProperty]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? VoidReason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.Invited)
        {
            return Redirect($"/cases/{Id}");
        }

        var invitation = Case.CurrentInvitation!;
        MeetingDate = invitation.MeetingDate;
        StartTime = invitation.StartTime;
        Place = invitation.Place;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (MeetingDate is null)
        {
            ModelState.AddModelError(nameof(MeetingDate), T("Ange mötesdatum.", "Give the meeting date."));
        }

        if (StartTime is null)
        {
            ModelState.AddModelError(nameof(StartTime), T("Ange starttid.", "Give the start time."));
        }

        return await ApplyAsync(c => c.MoveInvitation(MeetingDate!.Value, StartTime!.Value, Place, staff.Ref, clock.Now),
            T("Mötet är flyttat. De kallade har fått veta det.", "The meeting is moved. The invitees have been told."), cancellationToken);
    }

    public async Task<IActionResult> OnPostVoidAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ApplyAsync(c => c.VoidInvitation(VoidReason, staff.Ref, clock.Now),
            T("Kallelsen är makulerad. De kallade har fått veta det.", "The invitation is voided. The invitees have been told."), cancellationToken);
    }
}
