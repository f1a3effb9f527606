using Samplan.Domain.Common;
using Samplan.Domain.People;

namespace Samplan.Domain.Cases;

internal static class ConsentRules
{
    public static void Check(Rules rules, Consent consent, Individual individual, DateOnly today)
    {
        var age = individual.Personnummer.AgeOn(today);
        rules.Require(consent.GivenOn <= today, "R-CONSENT-2", "consent.given-in-future", nameof(Consent.GivenOn));
        if (consent.ValidUntil is { } until)
        {
            rules.Require(until > consent.GivenOn, "R-CONSENT-8", "consent.valid-until-before-given", nameof(Consent.ValidUntil))
                 .Require(until >= today, "R-CONSENT-8", "consent.already-expired", nameof(Consent.ValidUntil));
        }

        switch (consent.Kind)
        {
            case ConsentKind.GivenByIndividual:
                rules.RequireText(consent.GivenBy, "R-CONSENT-2", "consent.given-by-missing", nameof(Consent.GivenBy))
                     .Require(age >= 18, "R-CONSENT-6", "consent.child-needs-guardians", nameof(Consent.Kind));
                break;
            case ConsentKind.GivenByGuardians:
                rules.RequireText(consent.GivenBy, "R-CONSENT-2", "consent.given-by-missing", nameof(Consent.GivenBy))
                     .Require(age < 18, "R-CONSENT-6", "consent.guardians-only-for-children", nameof(Consent.Kind))
                     .Require(age < 15 || age >= 18 || consent.ChildAlsoConsented, "R-CONSENT-6", "consent.child-own-consent-required", nameof(Consent.ChildAlsoConsented));
                break;
            case ConsentKind.CannotConsent:
                rules.RequireText(consent.AttitudeSource, "R-CONSENT-3", "consent.attitude-source-missing", nameof(Consent.AttitudeSource))
                     .Require(consent.AttitudeSourceKind is not null, "R-CONSENT-3", "consent.attitude-source-kind-missing", nameof(Consent.AttitudeSourceKind))
                     .Require(!IsTheIndividual(consent.AttitudeSource, individual), "R-CONSENT-3", "consent.attitude-source-is-individual", nameof(Consent.AttitudeSource))
                     .RequireText(consent.AttitudeOfIndividual, "R-CONSENT-3", "consent.attitude-missing", nameof(Consent.AttitudeOfIndividual));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(consent), consent.Kind, "Unknown consent kind.");
        }
    }

    /// <summary>The account of the attitude comes from someone else: the person's own name there
    /// would record them as having spoken for themselves.</summary>
    private static bool IsTheIndividual(string? source, Individual individual) =>
        source is not null && string.Equals(source.Trim(), individual.FullName, StringComparison.OrdinalIgnoreCase);
}
