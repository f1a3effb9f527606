using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class AvailableActionsTests
{
    public static TheoryData<CasePhase, CaseAction[]> ExpectedActions => new()
    {
        { CasePhase.Initiated, [CaseAction.RecordConsent, CaseAction.Close] },
        { CasePhase.Preparing, [CaseAction.EditPreparation, CaseAction.SendInvitation, CaseAction.WithdrawConsent, CaseAction.Close] },
        { CasePhase.Invited, [CaseAction.RecordMeeting, CaseAction.EditPreparation, CaseAction.WithdrawConsent, CaseAction.Close] },
        { CasePhase.PlanDraft, [CaseAction.EditPlan, CaseAction.AgreePlan, CaseAction.WithdrawConsent, CaseAction.Close] },
        { CasePhase.Active, [CaseAction.RecordFollowUp, CaseAction.WithdrawConsent, CaseAction.Close] },
        { CasePhase.ManualHandling, [CaseAction.Close] },
        { CasePhase.Closed, [] },
    };

    [Theory]
    [MemberData(nameof(ExpectedActions))]
    public void Lifecycle_Each_phase_offers_exactly_its_next_steps(CasePhase phase, CaseAction[] expected)
    {
        var c = CaseBuilder.InPhase(phase).Case;

        Assert.Equal(phase, c.Phase);
        Assert.Equal(expected, c.AvailableActions());
    }

    [Fact]
    public void Lifecycle_Every_phase_is_covered_by_the_expectations()
    {
        var covered = ExpectedActions.Select(row => (CasePhase)row[0]).Order();

        Assert.Equal(Enum.GetValues<CasePhase>().Order(), covered);
    }

    [Fact]
    public void R_CONSENT_1_Withdrawing_consent_is_not_offered_before_consent() =>
        Assert.DoesNotContain(CaseAction.WithdrawConsent, CaseBuilder.Initiated().Case.AvailableActions());

    [Fact]
    public void R_FU_3_After_a_revise_follow_up_the_plan_steps_are_offered_again()
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise)).Case;

        Assert.Equal([CaseAction.EditPlan, CaseAction.AgreePlan, CaseAction.WithdrawConsent, CaseAction.Close], c.AvailableActions());
    }
}
