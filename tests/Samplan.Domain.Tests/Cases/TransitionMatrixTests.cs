using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>Every step in every phase: what <see cref="SipCase.AvailableActions"/> offers succeeds with valid
/// input, and everything else is refused with a rule violation and leaves the case unchanged.</summary>
public class TransitionMatrixTests
{
    public static TheoryData<CasePhase, CaseAction> AllPhasesAndSteps
    {
        get
        {
            var data = new TheoryData<CasePhase, CaseAction>();
            foreach (var phase in Enum.GetValues<CasePhase>())
            {
                foreach (var action in Enum.GetValues<CaseAction>())
                {
                    data.Add(phase, action);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllPhasesAndSteps))]
    public void Lifecycle_A_step_succeeds_exactly_when_the_phase_offers_it(CasePhase phase, CaseAction action)
    {
        var b = CaseBuilder.InPhase(phase);
        var offered = b.Case.AvailableActions().Contains(action);

        if (offered)
        {
            var historyCount = b.Case.History.Count;
            Steps.Run(b, action);
            Assert.Equal(historyCount + 1, b.Case.History.Count);
        }
        else
        {
            var ex = Refusal.Exactly(b.Case, () => Steps.Run(b, action), ExpectedRefusal(phase, action));
            Assert.Equal(phase, b.Case.Phase);
            Assert.NotEmpty(ex.Violations);
        }
    }

    [Theory]
    [InlineData(CasePhase.Initiated, CaseAction.RecordConsent, CasePhase.Preparing)]
    [InlineData(CasePhase.Preparing, CaseAction.EditPreparation, CasePhase.Preparing)]
    [InlineData(CasePhase.Preparing, CaseAction.SendInvitation, CasePhase.Invited)]
    [InlineData(CasePhase.Invited, CaseAction.EditPreparation, CasePhase.Invited)]
    [InlineData(CasePhase.Invited, CaseAction.RecordMeeting, CasePhase.PlanDraft)]
    [InlineData(CasePhase.PlanDraft, CaseAction.EditPlan, CasePhase.PlanDraft)]
    [InlineData(CasePhase.PlanDraft, CaseAction.AgreePlan, CasePhase.Active)]
    [InlineData(CasePhase.Active, CaseAction.RecordFollowUp, CasePhase.Active)]
    [InlineData(CasePhase.Preparing, CaseAction.WithdrawConsent, CasePhase.Closed)]
    [InlineData(CasePhase.Active, CaseAction.WithdrawConsent, CasePhase.Closed)]
    [InlineData(CasePhase.Initiated, CaseAction.Close, CasePhase.Closed)]
    [InlineData(CasePhase.Active, CaseAction.Close, CasePhase.Closed)]
    [InlineData(CasePhase.ManualHandling, CaseAction.Close, CasePhase.Closed)]
    public void Lifecycle_Each_step_leads_to_the_phase_of_the_lifecycle(CasePhase from, CaseAction action, CasePhase to)
    {
        var b = CaseBuilder.InPhase(from);

        Steps.Run(b, action);

        Assert.Equal(to, b.Case.Phase);
    }

    private static string ExpectedRefusal(CasePhase phase, CaseAction action) => (phase, action) switch
    {
        (CasePhase.Initiated, CaseAction.WithdrawConsent) => "consent.none-to-withdraw",
        (CasePhase.Initiated, _) => "consent.required-first",
        (CasePhase.Closed, CaseAction.Close) => "case.already-closed",
        (CasePhase.Closed or CasePhase.ManualHandling, CaseAction.WithdrawConsent) => "case.not-open",
        _ => $"transition.not-allowed-in-{phase.ToString().ToLowerInvariant()}",
    };
}
