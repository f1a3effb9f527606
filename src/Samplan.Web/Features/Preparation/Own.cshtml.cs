using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Actors;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
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

    /// <summary>Who gives the own preparation: empty for the professional writing it down,
    /// "individual" for the individual themselves, "relation-N" for the N:th related person who
    /// may act for them (identified by personnummer).</summary>
    [BindProperty]
    public string? GivenBy { get; set; }

    /// <summary>The related people who may act for the individual, by their place in the register.</summary>
    public IEnumerable<(int Index, RelatedPerson Person, ProxyRelation Relation)> Proxies =>
        Individual.Relations
            .Select((person, index) => (Index: index, Person: person, Relation: ProxyRelationOf(person.Relation)))
            .Where(p => p.Person.Personnummer is not null && p.Relation is not null)
            .Select(p => (p.Index, p.Person, p.Relation!.Value));

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

        var by = ActorOf(GivenBy);
        if (by is null)
        {
            ModelState.AddModelError(nameof(GivenBy), T("Välj vem som lämnar förberedelsen.", "Choose who gives the preparation."));
            return Page();
        }

        return await ApplyAsync(c => c.SaveOwnPreparation(Input.ToDomain(), Individual, by, clock.Now), T("Den enskildes egen förberedelse är sparad.", "The individual's own preparation is saved."), cancellationToken);
    }

    private static ProxyRelation? ProxyRelationOf(RelationKind kind) => kind switch
    {
        RelationKind.Guardian => ProxyRelation.Guardian,
        RelationKind.GodMan => ProxyRelation.GodMan,
        RelationKind.Forvaltare => ProxyRelation.Forvaltare,
        RelationKind.Representative => ProxyRelation.AppointedRepresentative,
        _ => null,
    };

    private Actor? ActorOf(string? givenBy)
    {
        if (string.IsNullOrEmpty(givenBy))
        {
            return staff.Ref;
        }

        if (givenBy == "individual")
        {
            return Actor.TheIndividual(Individual.Id, Individual.FullName);
        }

        var proxy = Proxies.Where(p => givenBy == $"relation-{p.Index}").Select(p => (Actor?)Actor.ProxyFor(
            Individual.Id, p.Person.Name, Personnummer.FromStored(p.Person.Personnummer!), p.Relation)).FirstOrDefault();
        return proxy;
    }
}
