using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class FollowUpOutcomeTests
{
    [Fact]
    public void R_FU_1_Follow_up_is_recorded_against_the_agreed_version_with_who_and_when()
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k) with { PlanVersion = 99 }).Case;

        var followUp = Assert.Single(c.FollowUps);
        Assert.Equal(1, followUp.PlanVersion);
        Assert.Equal(TestData.KommunOfficer, followUp.RecordedBy);
        Assert.Equal(TestData.AtFollowUp, followUp.RecordedAt);
        Assert.Equal([GoalFulfilment.PartlyMet, GoalFulfilment.Met], followUp.Assessments.Select(a => a.Fulfilment));
        Assert.Equal(CaseEventKind.FollowUpRecorded, c.History[^1].Kind);
        Assert.Equal("Continue", c.History[^1].Detail);
    }

    [Fact]
    public void R_FU_3_Continue_keeps_the_plan_active_and_books_the_next_follow_up()
    {
        var next = TestData.FollowUpOn.AddDays(60);

        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, nextFollowUpOn: next)).Case;

        Assert.Equal(CasePhase.Active, c.Phase);
        Assert.Equal(next, c.FollowUpDueOn);
        Assert.Equal(next, c.NextDueOn);
        Assert.Single(c.Plans);
    }

    [Fact]
    public void R_FU_3_Revise_opens_draft_version_2_from_the_agreed_content_without_follow_up_date()
    {
        var b = CaseBuilder.Active();
        var agreed = b.Case.AgreedPlan!;

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise));

        Assert.Equal(CasePhase.PlanDraft, b.Case.Phase);
        var draft = b.Case.DraftPlan!;
        Assert.Equal(2, draft.Number);
        Assert.Equal(agreed.Content with { FollowUpOn = null }, draft.Content);
        Assert.Equal(TestData.AtFollowUp, draft.CreatedAt);
        Assert.Same(agreed, b.Case.AgreedPlan);
        Assert.Equal(PlanStatus.Agreed, b.Case.Plans[0].Status);
    }

    [Fact]
    public void R_PLAN_8_Revised_draft_must_book_a_new_follow_up_before_it_is_agreed()
    {
        var b = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise));

        Refusal.Exactly(b.Case, () => b.Case.AgreePlan(TestData.Approval(approvedOn: TestData.FollowUpOn), b.Individual, TestData.KommunOfficer, TestData.AtFollowUp), "plan.follow-up-missing");
    }

    [Fact]
    public void R_PLAN_11_Revised_draft_is_due_for_agreement_a_week_after_the_follow_up()
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise)).Case;

        Assert.Equal(TestData.FollowUpOn.AddDays(Deadlines.PlanAgreementDays), c.NextDueOn);
    }

    [Fact]
    public void R_FU_3_New_SIP_restarts_preparation_not_the_initiative()
    {
        var b = CaseBuilder.Active();
        var initiative = b.Case.Initiative;

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.NewSip));

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.Same(initiative, b.Case.Initiative);
        Assert.NotNull(b.Case.Consent);
        Assert.Equal(PlanStatus.Agreed, b.Case.AgreedPlan!.Status);
        Assert.Equal("NewSip", b.Case.History[^1].Detail);
    }

    [Fact]
    public void R_FU_3_New_SIP_goes_through_invitation_and_meeting_to_a_new_draft_version()
    {
        var later = TestData.AtFollowUp;
        var newMeeting = TestData.FollowUpOn.AddDays(14);
        var b = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.NewSip));

        b.Case.SendInvitation(TestData.Invitation(newMeeting), TestData.KommunOfficer, later);
        b.Case.RecordMeeting(TestData.Meeting(newMeeting), TestData.KommunOfficer, later.AddDays(14));

        Assert.Equal(CasePhase.PlanDraft, b.Case.Phase);
        Assert.Equal(2, b.Case.DraftPlan!.Number);
        Assert.Equal(b.Case.AgreedPlan!.Content with { FollowUpOn = null }, b.Case.DraftPlan.Content);
        Assert.Equal(2, b.Case.Invitations.Count);
        Assert.Equal(2, b.Case.Meetings.Count);
    }

    [Fact]
    public void R_FU_3_New_SIP_is_not_overdue_the_moment_it_restarts()
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.NewSip)).Case;

        Assert.True(c.NextDueOn >= TestData.FollowUpOn, $"NextDueOn {c.NextDueOn} is before the follow-up {TestData.FollowUpOn}.");
    }

    [Theory]
    [InlineData(CloseReason.GoalsMet)]
    [InlineData(CloseReason.NoLongerNeeded)]
    public void R_END_1_Close_at_follow_up_closes_the_case_with_the_reason_and_summary(CloseReason reason)
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Close, closeReason: reason)).Case;

        Assert.Equal(CasePhase.Closed, c.Phase);
        Assert.False(c.IsOpen);
        Assert.Equal(new Closure(reason, "Tolvan är nöjd", TestData.AtFollowUp, TestData.KommunOfficer), c.Closure);
        Assert.Null(c.NextDueOn);
        Assert.Equal([CaseEventKind.FollowUpRecorded, CaseEventKind.Closed], c.History.TakeLast(2).Select(e => e.Kind));
    }
}
