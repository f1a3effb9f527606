using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Cases;

/// <summary>Hands the case with its responsibility to another huvudman unit (R-CASE-2), which is
/// told in its inbox and has the case and its deadline in its list from then on.</summary>
public sealed class HandOverModel(CaseRepository cases, UnitDirectory directory, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    public const string SearchKey = "handover";

    protected override CaseOperation Operation => CaseOperation.HandOver;

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UnitQuery { get; set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Found { get; private set; } = [];

    public bool Searched { get; private set; }

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSearchUnitsAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        var (kinds, organisationKinds) = UnitSearchEndpoint.Scope("coordinator");
        var found = await directory.SearchAsync(UnitQuery, kinds, organisationKinds, cancellationToken: cancellationToken);
        Found = [.. found.Where(u => u.Id != staff.UnitId && u.UnitKind.TakesPartInPlans() && Units.All(k => k.Id != u.Id))];
        Searched = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        var unit = await directory.FindAsync(UnitId, cancellationToken);
        if (unit is null)
        {
            ModelState.AddModelError(nameof(UnitId), T("Välj den enhet som ska ta över SIP:en.", "Choose the unit that is to take over the SIP."));
        }
        else if (unit.Kind is not (OrganisationKind.Region or OrganisationKind.Kommun) || !unit.UnitKind.TakesPartInPlans())
        {
            ModelState.AddModelError(nameof(UnitId), T("En SIP lämnas över till en enhet inom hälso- och sjukvården eller socialtjänsten.", "A SIP is handed over to a health care or social services unit."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The unit handing over may not see the case afterwards (before consent only the
        // responsible unit does), so the answer is the case list.
        return await ApplyAsync(c => c.HandOver(unit!.Id, staff.Ref, clock.Now),
            T($"SIP:en är överlämnad till {unit!.Name}. Enheten har fått ett meddelande att kvittera.", $"The SIP is handed over to {unit!.Name}. The unit has a message to acknowledge."),
            cancellationToken, next: "/");
    }

    private async Task LoadUnitsAsync(CancellationToken cancellationToken)
    {
        var known = (await directory.ForCaseAsync(Case, cancellationToken)).ToList();
        known.AddRange(await directory.ByIdsAsync(UnitId is { } id && known.All(u => u.Id != id) ? [id] : [], cancellationToken));
        Units = [.. known.Where(u => u.Id != staff.UnitId && u.Kind is OrganisationKind.Region or OrganisationKind.Kommun && u.UnitKind.TakesPartInPlans())
            .OrderBy(u => u.OrganisationName).ThenBy(u => u.Name)];
    }
}
