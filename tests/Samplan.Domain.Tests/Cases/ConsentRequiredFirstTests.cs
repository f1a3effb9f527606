using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>R-CONSENT-1: nothing about preparation, invitation, meeting or plan before consent.</summary>
public class ConsentRequiredFirstTests
{
    public static TheoryData<CaseAction> StepsAfterConsent =>
    [
        CaseAction.EditPreparation,
        CaseAction.SendInvitation,
        CaseAction.RecordMeeting,
        CaseAction.EditPlan,
        CaseAction.AgreePlan,
        CaseAction.RecordFollowUp,
    ];

    [Theory]
    [MemberData(nameof(StepsAfterConsent))]
    public void R_CONSENT_1_Step_before_consent_is_refused_with_consent_required_first(CaseAction step)
    {
        var b = CaseBuilder.Initiated();
        var c = b.Case;

        var ex = Refusal.Exactly(c, () => Steps.Run(b, step), "consent.required-first");

        Assert.Equal("R-CONSENT-1", ex.Violations[0].Rule);
        Assert.Equal(CasePhase.Initiated, c.Phase);
        Assert.Single(c.History);
    }

    [Fact]
    public void R_CONSENT_1_Invitation_is_refused_before_consent_even_when_preparation_was_filled_in()
    {
        var c = CaseBuilder.Initiated().Case;

        Refusal.Exactly(c, () => c.SendInvitation(TestData.Invitation(), TestData.RegionNurse, TestData.Now), "consent.required-first");
        Assert.Null(c.Preparation);
        Assert.Empty(c.Invitations);
    }
}
