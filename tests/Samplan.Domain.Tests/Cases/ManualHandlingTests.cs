using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class ManualHandlingTests
{
    public static TheoryData<CasePhase> OpenPhases =>
        [CasePhase.Initiated, CasePhase.Preparing, CasePhase.Invited, CasePhase.PlanDraft, CasePhase.Active];

    [Theory]
    [MemberData(nameof(OpenPhases))]
    public void R_PROT_1_Any_open_case_can_switch_to_manual_handling(CasePhase phase)
    {
        var b = CaseBuilder.InPhase(phase);
        var c = b.Case;

        SipCase.MarkProtectedIdentity(b.Individual, c, [], TestData.Marking(TestData.StaffOf(c.InitiatingUnitId)), TestData.AtMeeting);

        Assert.Equal(CasePhase.ManualHandling, c.Phase);
        Assert.False(c.IsOpen);
        Assert.Null(c.NextDueOn);
        Assert.Null(c.Closure);
        Assert.Equal(CaseEventKind.SwitchedToManualHandling, c.History[^1].Kind);
    }

    [Theory]
    [InlineData(CasePhase.ManualHandling)]
    [InlineData(CasePhase.Closed)]
    public void R_PROT_1_A_case_that_is_not_open_cannot_switch_to_manual_handling(CasePhase phase)
    {
        var b = CaseBuilder.InPhase(phase);
        var c = b.Case;

        Refusal.Exactly(c, () => SipCase.MarkProtectedIdentity(b.Individual, c, [], TestData.Marking(TestData.StaffOf(c.InitiatingUnitId)), TestData.Now), "case.not-open");
    }

    [Fact]
    public void R_PROT_1_No_digital_step_is_allowed_in_manual_handling()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited).ManualHandling();

        Refusal.Exactly(b.Case, () => b.Case.RecordMeeting(TestData.Meeting(), TestData.RegionNurse, TestData.AtMeeting), "transition.not-allowed-in-manualhandling");
        Refusal.Exactly(b.Case, () => b.Case.SavePreparation(TestData.Preparation(), TestData.RegionNurse, TestData.Now), "transition.not-allowed-in-manualhandling");
    }

    [Fact]
    public void R_PROT_1_A_case_switched_before_consent_cannot_record_consent_digitally()
    {
        var b = CaseBuilder.Initiated().ManualHandling();

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, TestData.RegionNurse, TestData.Now), "transition.not-allowed-in-manualhandling");
    }

    [Fact]
    public void R_PROT_1_Consent_for_an_individual_who_got_protected_identity_is_refused()
    {
        var b = CaseBuilder.Initiated();
        b.Individual.MarkProtectedIdentity();

        var ex = Refusal.Of(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, TestData.RegionNurse, TestData.Now));

        Assert.True(ex.Has("case.protected-identity"));
    }
}
