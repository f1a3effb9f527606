using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Preparation;

/// <summary>The individual's own preparation (R-PREP-4), saved on its own with its own version:
/// it can be written down with the individual while a colleague edits the professional's
/// preparation, and neither save overwrites or blocks the other.</summary>
public sealed class OwnModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.EditPreparation;

    protected override CasePart Part => CasePart.OwnPreparation;

    [BindProperty]
    public OwnPreparationInput Input { get; set; } = new();

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

        Input = OwnPreparationInput.From(Case.OwnPreparation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ApplyAsync(c => c.SaveOwnPreparation(Input.ToDomain(), staff.Ref, clock.Now), T("Den enskildes egen förberedelse är sparad.", "The individual's own preparation is saved."), cancellationToken);
    }
}
