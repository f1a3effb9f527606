using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class ConsentValidityTests
{
    private static Consent ValidUntil(DateOnly? until, DateOnly? givenOn = null) =>
        TestData.AdultConsent() with { ValidUntil = until, GivenOn = givenOn ?? TestData.Today.AddDays(-10) };

    private static void Refused(Consent consent, params string[] codes)
    {
        var b = CaseBuilder.Initiated();

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(consent, b.Individual, TestData.RegionNurse, TestData.Now), codes);

        Assert.All(ex.Violations, v => Assert.Equal("R-CONSENT-8", v.Rule));
        Assert.All(ex.Violations, v => Assert.Equal("ValidUntil", v.Field));
    }

    [Fact]
    public void R_CONSENT_8_Consent_without_end_date_is_accepted() =>
        Assert.Null(CaseBuilder.Initiated().Consented(ValidUntil(null)).Case.Consent!.ValidUntil);

    [Fact]
    public void R_CONSENT_8_Time_limited_consent_is_accepted_and_kept()
    {
        var until = TestData.Today.AddMonths(6);

        Assert.Equal(until, CaseBuilder.Initiated().Consented(ValidUntil(until)).Case.Consent!.ValidUntil);
    }

    [Fact]
    public void R_CONSENT_8_Consent_valid_until_today_is_accepted() =>
        Assert.Equal(CasePhase.Preparing, CaseBuilder.Initiated().Consented(ValidUntil(TestData.Today)).Case.Phase);

    [Fact]
    public void R_CONSENT_8_Consent_that_already_expired_is_refused() =>
        Refused(ValidUntil(TestData.Today.AddDays(-1)), "consent.already-expired");

    [Fact]
    public void R_CONSENT_8_End_date_on_the_day_consent_was_given_is_refused() =>
        Refused(ValidUntil(TestData.Today, givenOn: TestData.Today), "consent.valid-until-before-given");

    [Fact]
    public void R_CONSENT_8_End_date_before_consent_was_given_is_refused_with_every_problem() =>
        Refused(ValidUntil(TestData.Today.AddDays(-20)), "consent.valid-until-before-given", "consent.already-expired");

    [Fact]
    public void R_CONSENT_8_Consent_is_in_force_up_to_and_including_its_end_date()
    {
        var consent = ValidUntil(TestData.Today);

        Assert.True(consent.IsInForceOn(TestData.Today));
        Assert.False(consent.IsInForceOn(TestData.Today.AddDays(1)));
        Assert.True(ValidUntil(null).IsInForceOn(TestData.Today.AddYears(10)));
    }

    [Fact]
    public void R_CONSENT_5_Withdrawn_consent_is_not_in_force() =>
        Assert.False((TestData.AdultConsent() with { WithdrawnAt = TestData.Now }).IsInForceOn(TestData.Today));

    [Fact]
    public void R_CONSENT_8_After_consent_expired_no_further_step_is_allowed()
    {
        var b = CaseBuilder.Initiated().Consented(ValidUntil(TestData.Today.AddDays(3))).Prepared();

        Refusal.Of(b.Case, () => b.Case.SendInvitation(TestData.Invitation(TestData.Today.AddDays(10)), TestData.RegionNurse, TestData.Now.AddDays(5)));
    }
}
