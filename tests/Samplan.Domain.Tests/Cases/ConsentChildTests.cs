using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class ConsentChildTests
{
    private static void Accepted(Individual person, Consent consent)
    {
        var b = CaseBuilder.Initiated(person).Consented(consent);

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.Equal(consent.Kind, b.Case.Consent!.Kind);
    }

    private static void Refused(Individual person, Consent consent, string code)
    {
        var b = CaseBuilder.Initiated(person);

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(consent, b.Individual, TestData.RegionNurse, TestData.Now), code);

        Assert.Equal("R-CONSENT-6", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_CONSENT_6_Guardians_cannot_consent_for_an_adult() =>
        Refused(TestData.Adult(), TestData.GuardianConsent(childAlsoConsented: true), "consent.guardians-only-for-children");

    [Fact]
    public void R_CONSENT_6_Guardians_cannot_consent_for_someone_who_turned_18_today() =>
        Refused(TestData.AgedOn(18, daysSinceBirthday: 0), TestData.GuardianConsent(childAlsoConsented: true), "consent.guardians-only-for-children");

    [Fact]
    public void R_CONSENT_6_A_child_under_15_cannot_consent_alone() =>
        Refused(TestData.Child10(), TestData.AdultConsent(), "consent.child-needs-guardians");

    [Fact]
    public void R_CONSENT_6_A_child_of_16_cannot_consent_alone_either() =>
        Refused(TestData.Child16(), TestData.AdultConsent(), "consent.child-needs-guardians");

    [Fact]
    public void R_CONSENT_6_Guardians_consent_alone_is_enough_for_a_child_of_10() =>
        Accepted(TestData.Child10(), TestData.GuardianConsent(childAlsoConsented: false));

    [Fact]
    public void R_CONSENT_6_Guardians_consent_alone_is_enough_the_day_before_the_15th_birthday() =>
        Accepted(TestData.AgedOn(15, daysSinceBirthday: -1), TestData.GuardianConsent(childAlsoConsented: false));

    [Fact]
    public void R_CONSENT_6_From_the_15th_birthday_guardians_consent_alone_is_refused() =>
        Refused(TestData.AgedOn(15, daysSinceBirthday: 0), TestData.GuardianConsent(childAlsoConsented: false), "consent.child-own-consent-required");

    [Fact]
    public void R_CONSENT_6_A_child_of_16_with_guardians_consent_needs_the_childs_own_consent() =>
        Refused(TestData.Child16(), TestData.GuardianConsent(childAlsoConsented: false), "consent.child-own-consent-required");

    [Fact]
    public void R_CONSENT_6_A_child_of_17_with_guardians_consent_needs_the_childs_own_consent() =>
        Refused(TestData.AgedOn(17, daysSinceBirthday: 364), TestData.GuardianConsent(childAlsoConsented: false), "consent.child-own-consent-required");

    [Fact]
    public void R_CONSENT_6_A_child_of_16_with_guardians_and_own_consent_opens_preparation()
    {
        var b = CaseBuilder.Initiated(TestData.Child16()).Consented(TestData.GuardianConsent(childAlsoConsented: true));

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.True(b.Case.Consent!.ChildAlsoConsented);
        Assert.Equal("Anna och Bo Testsson", b.Case.Consent.GivenBy);
    }

    [Fact]
    public void R_CONSENT_6_Guardians_consent_needs_the_names_of_who_gave_it()
    {
        var b = CaseBuilder.Initiated(TestData.Child10());

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.GuardianConsent(false) with { GivenBy = "" }, b.Individual, TestData.RegionNurse, TestData.Now), "consent.given-by-missing");
    }

    [Fact]
    public void R_CONSENT_3_A_child_who_cannot_consent_follows_the_attitude_path() =>
        Accepted(TestData.Child10(), TestData.CannotConsent());
}
