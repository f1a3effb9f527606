using Samplan.Domain.Actors;
using Samplan.Domain.Common;
using Samplan.Domain.People;

namespace Samplan.Domain.Cases;

/// <summary>Who may do a transition: the individual only for themselves, a proxy only for the
/// case's own individual and only under a relation that entitles them (a guardian only for a
/// child, R-CONSENT-6).</summary>
internal static class ActorRules
{
    public static void CheckActsFor(Rules rules, Actor by, Individual individual, DateOnly today)
    {
        switch (by.Kind)
        {
            case ActorKind.Professional:
                break;
            case ActorKind.Individual:
                rules.Require(by.IndividualId == individual.Id, "R-CONSENT-4", "actor.not-the-individual", "Actor");
                break;
            case ActorKind.Proxy:
                rules.Require(by.IndividualId == individual.Id, "R-CONSENT-4", "actor.proxy-for-another-individual", "Actor");
                rules.Require(by.Relation != ProxyRelation.Guardian || individual.IsChildOn(today), "R-CONSENT-6", "actor.guardian-of-adult", "Actor");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(by), by.Kind, "Unknown actor kind.");
        }
    }

    /// <summary>The consent a non-professional records must be theirs to give: the individual's
    /// own, the guardians' for a child, or a legal representative's account of the attitude of
    /// someone who cannot consent (R-CONSENT-3).</summary>
    public static void CheckConsentGiver(Rules rules, Actor by, ConsentKind kind)
    {
        var allowed = by.Kind switch
        {
            ActorKind.Professional => true,
            ActorKind.Individual => kind == ConsentKind.GivenByIndividual,
            ActorKind.Proxy => by.Relation == ProxyRelation.Guardian ? kind == ConsentKind.GivenByGuardians : kind == ConsentKind.CannotConsent,
            _ => false,
        };
        rules.Require(allowed, "R-CONSENT-2", "actor.consent-not-theirs", nameof(Consent.Kind));
    }

    /// <summary>Transitions only a professional acting for a unit may do (the invitation).</summary>
    public static StaffRef RequireProfessional(Actor by) =>
        by.Staff ?? throw new DomainRuleException("R-CALL-1", "actor.professional-only", "Actor");
}
