using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class SavePreparationTests
{
    [Fact]
    public void R_PREP_1_Preparation_is_saved_in_Preparing_with_a_history_event()
    {
        var b = CaseBuilder.Initiated().Consented();
        var preparation = TestData.Preparation();

        b.Case.SavePreparation(preparation, TestData.KommunOfficer, TestData.Now);

        Assert.Same(preparation, b.Case.Preparation);
        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.Equal(CaseEventKind.PreparationSaved, b.Case.History[^1].Kind);
        Assert.Equal("Karin Kommun", b.Case.History[^1].ActorName);
    }

    [Fact]
    public void R_PREP_1_An_unfinished_preparation_without_purpose_can_be_saved_before_the_invitation()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared(TestData.Preparation(purpose: null, goal: null));

        Assert.Null(b.Case.Preparation!.Purpose);
    }

    [Fact]
    public void R_PREP_3_R_PREP_5_Participation_and_SBAR_are_kept()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared();

        var p = b.Case.Preparation!;
        Assert.Equal(ParticipationMode.WholeMeeting, p.Participation);
        Assert.Equal("Utskrivningsklar", p.Sbar.Situation);
    }

    [Fact]
    public void R_PREP_4_The_own_preparation_is_saved_apart_and_leaves_the_professional_preparation_as_it_was()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared();
        var professional = b.Case.Preparation;

        b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, TestData.KommunOfficer, TestData.Now);

        Assert.Equal("Att någon håller ihop", b.Case.OwnPreparation!.MyNeedsAndWishes);
        Assert.Same(professional, b.Case.Preparation);
        Assert.Equal(CaseEventKind.OwnPreparationSaved, b.Case.History[^1].Kind);
    }

    [Fact]
    public void R_CONSENT_1_The_own_preparation_waits_for_consent()
    {
        var b = CaseBuilder.Initiated();
        var c = b.Case;

        var ex = Assert.Throws<Samplan.Domain.Common.DomainRuleException>(() => c.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, TestData.KommunOfficer, TestData.Now));

        Assert.Contains(ex.Violations, v => v.Code == "consent.required-first");
        Assert.Null(c.OwnPreparation);
    }

    [Fact]
    public void R_PREP_1_Preparation_can_still_be_edited_after_the_invitation()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared().Invited();
        var changed = TestData.Preparation() with { Questions = "Ny fråga" };

        b.Case.SavePreparation(changed, TestData.RegionNurse, TestData.Now);

        Assert.Equal(CasePhase.Invited, b.Case.Phase);
        Assert.Equal("Ny fråga", b.Case.Preparation!.Questions);
    }

    [Fact]
    public void R_CALL_1_After_the_invitation_purpose_and_goal_cannot_be_removed()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared().Invited();

        var ex = Refusal.Exactly(b.Case, () => b.Case.SavePreparation(TestData.Preparation(" ", null), TestData.RegionNurse, TestData.Now), "invitation.purpose-missing", "invitation.goal-missing");

        Assert.All(ex.Violations, v => Assert.Equal("R-CALL-1", v.Rule));
    }

    [Fact]
    public void R_PREP_1_Preparation_cannot_be_edited_once_the_meeting_is_held()
    {
        var c = CaseBuilder.InPhase(CasePhase.PlanDraft).Case;

        Refusal.Exactly(c, () => c.SavePreparation(TestData.Preparation(), TestData.RegionNurse, TestData.Now), "transition.not-allowed-in-plandraft");
    }
}
