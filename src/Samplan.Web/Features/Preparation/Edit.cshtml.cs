using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Preparation;

/// <summary>Prepares the meeting with the individual (R-PREP-1..6) – purpose and goal first (R-CALL-1).</summary>
public sealed class EditModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.EditPreparation;

    [BindProperty]
    public PreparationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Case.AvailableActions().Contains(CaseAction.EditPreparation))
        {
            return Redirect($"/cases/{Id}");
        }

        Input = PreparationInput.From(Case.Preparation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ApplyAsync(c => c.SavePreparation(Input.ToDomain(), staff.Ref, clock.Now), T("Förberedelsen är sparad.", "The preparation is saved."), cancellationToken);
    }
}
