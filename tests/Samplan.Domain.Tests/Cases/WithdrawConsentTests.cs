using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class WithdrawConsentTests
{
    public static TheoryData<CasePhase> PhasesAfterConsent =>
        [CasePhase.Preparing, CasePhase.Invited, CasePhase.PlanDraft, CasePhase.Active];

    [Theory]
    [MemberData(nameof(PhasesAfterConsent))]
    public void R_CONSENT_5_Withdrawn_consent_closes_the_case_from_every_open_phase(CasePhase phase)
    {
        var c = CaseBuilder.InPhase(phase).Case;
        var historyCount = c.History.Count;

        c.WithdrawConsent("  Vill inte längre  ", TestData.OtherStaff, TestData.AtMeeting);

        Assert.Equal(CasePhase.Closed, c.Phase);
        Assert.Equal(new Closure(CloseReason.ConsentWithdrawn, "Vill inte längre", TestData.AtMeeting, TestData.OtherStaff), c.Closure);
        Assert.Equal(TestData.AtMeeting, c.Consent!.WithdrawnAt);
        Assert.Equal("Vill inte längre", c.Consent.WithdrawnNote);
        Assert.False(c.Consent.IsInForceOn(TestData.MeetingOn));
        Assert.Null(c.NextDueOn);
        Assert.Equal(historyCount + 1, c.History.Count);
        Assert.Equal(CaseEventKind.ConsentWithdrawn, c.History[^1].Kind);
    }

    [Fact]
    public void R_CONSENT_5_Withdrawal_without_a_note_is_accepted()
    {
        var c = CaseBuilder.InPhase(CasePhase.Preparing).Case;

        c.WithdrawConsent(null, TestData.RegionNurse, TestData.Now);

        Assert.Null(c.Closure!.Note);
        Assert.Equal(CloseReason.ConsentWithdrawn, c.Closure.Reason);
    }

    [Fact]
    public void R_CONSENT_5_Nothing_to_withdraw_before_consent_is_recorded()
    {
        var c = CaseBuilder.Initiated().Case;

        var ex = Refusal.Exactly(c, () => c.WithdrawConsent(null, TestData.RegionNurse, TestData.Now), "consent.none-to-withdraw");

        Assert.Equal("R-CONSENT-5", ex.Violations[0].Rule);
    }

    [Theory]
    [InlineData(CasePhase.Closed)]
    [InlineData(CasePhase.ManualHandling)]
    public void R_CONSENT_5_Withdrawal_is_refused_on_a_case_that_is_not_open(CasePhase phase)
    {
        var c = CaseBuilder.InPhase(phase).Case;

        Refusal.Exactly(c, () => c.WithdrawConsent(null, TestData.RegionNurse, TestData.Now), "case.not-open");
    }

    [Fact]
    public void R_CONSENT_5_After_withdrawal_nothing_more_can_be_done()
    {
        var c = CaseBuilder.Active().Case;
        c.WithdrawConsent(null, TestData.KommunOfficer, TestData.AtMeeting);

        Assert.Empty(c.AvailableActions());
        Refusal.Exactly(c, () => c.RecordFollowUp(TestData.FollowUp(c), TestData.KommunOfficer, TestData.AtFollowUp), "transition.not-allowed-in-closed");
    }
}
