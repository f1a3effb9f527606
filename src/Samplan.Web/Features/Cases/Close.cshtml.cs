using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Cases;

/// <summary>Closes the SIP with a reason (R-END-1), by the responsible unit only (R-END-2).</summary>
public sealed class CloseModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Close;

    public static readonly CloseReason[] Reasons =
        [CloseReason.GoalsMet, CloseReason.NoLongerNeeded, CloseReason.PersonDied, CloseReason.PersonMoved, CloseReason.ReplacedByNewSip, CloseReason.Other];

    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        return Case.Phase == CasePhase.Closed ? Redirect($"/cases/{Id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.Reason is null)
        {
            ModelState.AddModelError("Input.Reason", T("Välj skäl för avslut.", "Choose why the SIP is closed."));
            return Page();
        }

        return await ApplyAsync(c => c.Close(Input.Reason.Value, Input.Note, staff.Ref, clock.Now), T("SIP:en är avslutad.", "The SIP is closed."), cancellationToken);
    }
}

public sealed class CloseInput
{
    public CloseReason? Reason { get; set; }

    public string? Note { get; set; }
}
