using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class RecordConsentTests
{
    [Fact]
    public void R_CONSENT_2_Adult_consent_opens_preparation_and_keeps_who_how_when_and_recorded_by()
    {
        var b = CaseBuilder.Initiated();
        var dueBefore = b.Case.NextDueOn;

        b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, TestData.KommunOfficer, TestData.Now);

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        var consent = b.Case.Consent!;
        Assert.Equal(ConsentKind.GivenByIndividual, consent.Kind);
        Assert.Equal(ConsentMethod.Written, consent.Method);
        Assert.Equal("Tolvan Tolvansson", consent.GivenBy);
        Assert.Equal(TestData.Today, consent.GivenOn);
        Assert.Equal(TestData.KommunOfficer, consent.RecordedBy);
        Assert.Equal(TestData.Now, consent.RecordedAt);
        Assert.Null(consent.WithdrawnAt);
        Assert.Equal(dueBefore, b.Case.NextDueOn);
    }

    [Fact]
    public void R_CONSENT_2_Recording_consent_adds_a_history_event_naming_the_kind()
    {
        var b = CaseBuilder.Initiated().Consented();

        var e = b.Case.History[^1];
        Assert.Equal(CaseEventKind.ConsentRecorded, e.Kind);
        Assert.Equal("GivenByIndividual", e.Detail);
        Assert.Equal(TestData.RegionUnitId, e.ActorUnitId);
        Assert.Equal(2, b.Case.History.Count);
    }

    [Fact]
    public void R_CONSENT_2_Recorded_by_and_at_come_from_the_caller_not_from_the_submitted_record()
    {
        var b = CaseBuilder.Initiated();
        var forged = TestData.AdultConsent() with { RecordedBy = TestData.OtherStaff, RecordedAt = TestData.Now.AddYears(-1), WithdrawnAt = TestData.Now, WithdrawnNote = "x" };

        b.Case.RecordConsent(forged, b.Individual, TestData.RegionNurse, TestData.Now);

        Assert.Equal(TestData.RegionNurse, b.Case.Consent!.RecordedBy);
        Assert.Equal(TestData.Now, b.Case.Consent.RecordedAt);
        Assert.Null(b.Case.Consent.WithdrawnAt);
        Assert.Null(b.Case.Consent.WithdrawnNote);
    }

    [Fact]
    public void R_CONSENT_2_Consent_without_who_gave_it_is_refused()
    {
        var b = CaseBuilder.Initiated();

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent() with { GivenBy = " " }, b.Individual, TestData.RegionNurse, TestData.Now), "consent.given-by-missing");

        Assert.Equal("GivenBy", ex.Violations[0].Field);
    }

    [Fact]
    public void R_CONSENT_2_Consent_given_in_the_future_is_refused()
    {
        var b = CaseBuilder.Initiated();

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent() with { GivenOn = TestData.Today.AddDays(1) }, b.Individual, TestData.RegionNurse, TestData.Now), "consent.given-in-future");
    }

    [Fact]
    public void R_CONSENT_4_Representative_appointed_by_the_individual_is_kept()
    {
        var b = CaseBuilder.Initiated().Consented(TestData.AdultConsent() with { RepresentativeName = "God man Göran" });

        Assert.Equal("God man Göran", b.Case.Consent!.RepresentativeName);
    }

    [Fact]
    public void R_CONSENT_7_What_must_not_be_shared_is_kept()
    {
        var b = CaseBuilder.Initiated().Consented(TestData.AdultConsent() with { NotToBeShared = "Skulder; kontakten med pappa" });

        Assert.Equal("Skulder; kontakten med pappa", b.Case.Consent!.NotToBeShared);
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_with_attitude_and_its_source_opens_preparation()
    {
        var b = CaseBuilder.Initiated().Consented(TestData.CannotConsent());

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.Equal(ConsentKind.CannotConsent, b.Case.Consent!.Kind);
        Assert.Equal("God man Göran", b.Case.Consent.AttitudeSource);
        Assert.Equal("Verkar positiv till att få hjälp", b.Case.Consent.AttitudeOfIndividual);
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_without_source_of_the_attitude_is_refused()
    {
        var b = CaseBuilder.Initiated();

        var ex = Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.CannotConsent(source: null), b.Individual, TestData.RegionNurse, TestData.Now), "consent.attitude-source-missing");

        Assert.Equal("R-CONSENT-3", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_without_the_individuals_attitude_is_refused()
    {
        var b = CaseBuilder.Initiated();

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.CannotConsent(attitude: " "), b.Individual, TestData.RegionNurse, TestData.Now), "consent.attitude-missing");
    }

    [Fact]
    public void R_CONSENT_3_Cannot_consent_reports_both_missing_facts_at_once()
    {
        var b = CaseBuilder.Initiated();

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.CannotConsent(null, null), b.Individual, TestData.RegionNurse, TestData.Now), "consent.attitude-source-missing", "consent.attitude-missing");
    }

    [Fact]
    public void R_CONSENT_1_Consent_must_come_from_the_cases_own_individual()
    {
        var b = CaseBuilder.Initiated();

        Assert.Throws<ArgumentException>(() => b.Case.RecordConsent(TestData.AdultConsent(), TestData.Adult(), TestData.RegionNurse, TestData.Now));
        Assert.Equal(CasePhase.Initiated, b.Case.Phase);
        Assert.Null(b.Case.Consent);
    }

    [Fact]
    public void R_CONSENT_1_Consent_cannot_be_recorded_twice()
    {
        var b = CaseBuilder.Initiated().Consented();

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, TestData.RegionNurse, TestData.Now), "transition.not-allowed-in-preparing");
    }
}
