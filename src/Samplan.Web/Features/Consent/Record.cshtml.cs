using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Localization;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Consent;

/// <summary>Records consent, or the cannot-consent path, with who, how, when and by whom (R-CONSENT-1..7).</summary>
public sealed class RecordModel(CaseRepository cases, SamplanDbContext db, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.RecordConsent;

    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    public int Age { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.Initiated)
        {
            return Redirect($"/cases/{Id}");
        }

        Age = Individual.Personnummer.AgeOn(clock.Today);
        Input.GivenOn = clock.Today;
        Input.Kind = Age < 18 ? ConsentKind.GivenByGuardians : ConsentKind.GivenByIndividual;
        // The guardians on record were registered through another SIP of the person: they are
        // offered only to a unit that may see such a SIP (R-CONSENT-1), never to any unit that
        // types the personnummer into a new case.
        var guardiansKnownHere = Age < 18 && await db.Cases
            .Where(c => c.IndividualId == Individual.Id && c.Id != Id)
            .Where(CaseVisibility.For(staff.UnitId!.Value, clock.Today))
            .AnyAsync(cancellationToken);
        // The adult's own name is offered only as the one who consented; the cannot-consent path
        // has its own fields for who gave the account, left blank (R-CONSENT-3).
        Input.GivenBy = Age >= 18
            ? Individual.FullName
            : guardiansKnownHere
                ? string.Join(", ", Individual.Relations.Where(r => r.Relation == Domain.People.RelationKind.Guardian).Select(r => r.Name))
                : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Age = Individual.Personnummer.AgeOn(clock.Today);
        if (Input.GivenOn is null)
        {
            ModelState.AddModelError("Input.GivenOn", T("Ange datum då samtycket lämnades.", "Give the date consent was given."));
        }

        // Personnummer are optional (a paper consent may lack them), but one typed must be valid.
        var guardians = new[] { (nameof(ConsentInput.FirstGuardianPersonnummer), Input.FirstGuardianPersonnummer), (nameof(ConsentInput.SecondGuardianPersonnummer), Input.SecondGuardianPersonnummer) }
            .Select(g => OptionalPersonnummer(g.Item1, g.Item2))
            .OfType<string>()
            .Distinct()
            .ToList();
        var representative = OptionalPersonnummer(nameof(ConsentInput.RepresentativePersonnummer), Input.RepresentativePersonnummer);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var consent = new Domain.Cases.Consent(Input.Kind, Input.Method, Input.GivenBy?.Trim() ?? string.Empty, Input.GivenOn!.Value,
            Input.ChildAlsoConsented, FormText.OrNull(Input.AttitudeSource), FormText.OrNull(Input.AttitudeOfIndividual), FormText.OrNull(Input.RepresentativeName),
            FormText.OrNull(Input.NotToBeShared), Input.ValidUntil)
        {
            AttitudeSourceKind = Input.AttitudeSourceKind,
            GuardianPersonnummer = guardians,
            RepresentativePersonnummer = representative,
        };
        return await ApplyAsync(c => c.RecordConsent(consent, Individual, staff.Ref, clock.Now), T("Samtycket är registrerat.", "The consent is recorded."), cancellationToken);
    }

    /// <summary>The twelve digits of a typed personnummer, null when none was typed; a bad one is
    /// a field error (the typed text stays in the field).</summary>
    private string? OptionalPersonnummer(string field, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var parsed = Personnummer.Parse(typed, clock.Today);
        if (parsed.Error is { } error)
        {
            ModelState.AddModelError($"Input.{field}", $"{T("Ogiltigt personnummer", "Invalid personnummer")}: {EnumText.Of(error)}");
            return null;
        }

        return parsed.Value!.Value;
    }
}

public sealed class ConsentInput
{
    public ConsentKind Kind { get; set; }

    public ConsentMethod Method { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? GivenBy { get; set; }

    public DateOnly? GivenOn { get; set; }

    public bool ChildAlsoConsented { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? AttitudeSource { get; set; }

    public AttitudeSourceKind? AttitudeSourceKind { get; set; }

    public string? AttitudeOfIndividual { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? RepresentativeName { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? FirstGuardianPersonnummer { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? SecondGuardianPersonnummer { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? RepresentativePersonnummer { get; set; }

    public string? NotToBeShared { get; set; }

    public DateOnly? ValidUntil { get; set; }
}
