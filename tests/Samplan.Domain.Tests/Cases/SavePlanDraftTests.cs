using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class SavePlanDraftTests
{
    [Fact]
    public void R_DOC_4_Draft_is_saved_into_the_current_draft_version()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared().Invited().MeetingHeld();
        var content = TestData.CompletePlan();

        b.Case.SavePlanDraft(content, TestData.KommunOfficer, TestData.AtMeeting);

        var draft = Assert.Single(b.Case.Plans);
        Assert.Equal(content with { Goals = draft.Content.Goals }, draft.Content);
        Assert.Equal(content.Goals.Select(g => g.Goal), draft.Content.Goals.Select(g => g.Goal));
        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.Equal(CasePhase.PlanDraft, b.Case.Phase);
        Assert.Equal(CaseEventKind.PlanSaved, b.Case.History[^1].Kind);
        Assert.Equal("1", b.Case.History[^1].Detail);
    }

    [Fact]
    public void R_PLAN_1_An_incomplete_draft_can_be_saved_completeness_is_checked_on_agreement()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared().Invited().MeetingHeld();
        var partial = PlanContent.Empty with { OwnGoals = "Jag vill klara mig själv" };

        b.Case.SavePlanDraft(partial, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal("Jag vill klara mig själv", b.Case.DraftPlan!.Content.OwnGoals);
    }

    [Fact]
    public void R_PLAN_8_Saving_the_draft_does_not_move_the_due_date()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared().Invited().MeetingHeld();
        var due = b.Case.NextDueOn;

        b.DraftSaved(at: TestData.AtMeeting.AddDays(3));

        Assert.Equal(due, b.Case.NextDueOn);
    }

    [Fact]
    public void R_PLAN_11_Agreed_plan_cannot_be_edited_without_a_new_draft()
    {
        var c = CaseBuilder.Active().Case;

        Refusal.Exactly(c, () => c.SavePlanDraft(TestData.CompletePlan() with { OwnGoals = "Ändrat" }, TestData.KommunOfficer, TestData.AtMeeting), "transition.not-allowed-in-active");
        Assert.Equal("Jag vill må bättre och klara mig själv hemma", c.AgreedPlan!.Content.OwnGoals);
    }
}
