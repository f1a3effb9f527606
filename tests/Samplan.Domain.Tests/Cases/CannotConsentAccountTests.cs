using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>A person who cannot consent is never recorded as having consented: what is recorded is
/// who gave the account of their attitude and how that one stands to them (R-CONSENT-3).</summary>
public class CannotConsentAccountTests
{
    [Fact]
    public void R_CONSENT_3_Cannot_consent_records_who_gave_the_account_and_in_what_relation()
    {
        var b = CaseBuilder.Initiated().Consented(TestData.CannotConsent("Anna Persson", sourceKind: AttitudeSourceKind.Relative));

        var consent = b.Case.Consent!;
        Assert.Equal("Anna Persson", consent.AttitudeSource);
        Assert.Equal(AttitudeSourceKind.Relative, consent.AttitudeSourceKind);
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_never_records_the_person_as_the_one_who_gave_it()
    {
        var b = CaseBuilder.Initiated();

        // What a form prefilled with the person's own name would post.
        b.Case.RecordConsent(TestData.CannotConsent("Anna Persson") with { GivenBy = b.Individual.FullName }, b.Individual, TestData.RegionNurse, TestData.Now);

        Assert.Equal("Anna Persson", b.Case.Consent!.GivenBy);
        Assert.False(b.Case.Consent.ChildAlsoConsented);
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_without_the_relation_of_the_one_who_gave_the_account_is_refused()
    {
        var b = CaseBuilder.Initiated();

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.CannotConsent(sourceKind: null), b.Individual, TestData.RegionNurse, TestData.Now), "consent.attitude-source-kind-missing");

        Assert.Equal("R-CONSENT-3", ex.Violations[0].Rule);
        Assert.Equal("AttitudeSourceKind", ex.Violations[0].Field);
    }

    [Fact]
    public void R_CONSENT_3_The_persons_own_name_as_the_one_who_gave_the_account_is_refused()
    {
        var b = CaseBuilder.Initiated();

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.CannotConsent(" tolvan tolvansson "), b.Individual, TestData.RegionNurse, TestData.Now), "consent.attitude-source-is-individual");

        Assert.Equal("R-CONSENT-3", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_CONSENT_2_A_relation_posted_with_the_individuals_own_consent_is_not_kept()
    {
        var b = CaseBuilder.Initiated().Consented(TestData.AdultConsent() with { AttitudeSourceKind = AttitudeSourceKind.Administrator });

        Assert.Null(b.Case.Consent!.AttitudeSourceKind);
    }
}
