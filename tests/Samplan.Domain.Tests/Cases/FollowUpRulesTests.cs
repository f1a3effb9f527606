using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class FollowUpRulesTests
{
    private static Common.DomainRuleException Refused(FollowUp followUp, params string[] codes)
    {
        var c = CaseBuilder.Active().Case;
        var ex = Refusal.Exactly(c, () => c.RecordFollowUp(followUp, TestData.KommunOfficer, TestData.AtFollowUp), codes);
        Assert.Empty(c.FollowUps);
        return ex;
    }

    [Fact]
    public void R_FU_1_Every_goal_of_the_agreed_plan_must_be_assessed()
    {
        var ex = Refused(TestData.FollowUp(assessments: [new GoalAssessment(0, GoalFulfilment.Met, null)]), "follow-up.goal-not-assessed");

        Assert.Equal("Assessments[1]", ex.Violations[0].Field);
        Assert.Equal("R-FU-1", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_FU_1_Follow_up_without_assessments_names_every_goal() =>
        Assert.Equal(["Assessments[0]", "Assessments[1]"], Refused(TestData.FollowUp(assessments: []), "follow-up.goal-not-assessed").Violations.Select(v => v.Field));

    [Fact]
    public void R_FU_1_A_goal_may_be_assessed_only_once() =>
        Refused(TestData.FollowUp(assessments:
        [
            new GoalAssessment(0, GoalFulfilment.Met, null),
            new GoalAssessment(0, GoalFulfilment.NotMet, null),
            new GoalAssessment(1, GoalFulfilment.Met, null),
        ]), "follow-up.goal-not-assessed");

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void R_FU_1_Assessment_of_a_goal_not_in_the_plan_is_refused(int goalIndex) =>
        Refused(TestData.FollowUp(assessments:
        [
            new GoalAssessment(0, GoalFulfilment.Met, null),
            new GoalAssessment(1, GoalFulfilment.Met, null),
            new GoalAssessment(goalIndex, GoalFulfilment.Met, null),
        ]), "follow-up.unknown-goal");

    [Fact]
    public void R_FU_1_Follow_up_held_in_the_future_is_refused() =>
        Refused(TestData.FollowUp(heldOn: TestData.FollowUpOn.AddDays(1)), "follow-up.held-in-future");

    [Fact]
    public void R_PLAN_8_Continue_needs_the_next_follow_up_date() =>
        Assert.Equal("NextFollowUpOn", Refused(TestData.FollowUp() with { NextFollowUpOn = null }, "follow-up.next-date-missing").Violations[0].Field);

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void R_PLAN_8_Continue_needs_a_next_follow_up_after_today(int days) =>
        Refused(TestData.FollowUp(nextFollowUpOn: TestData.FollowUpOn.AddDays(days)), "follow-up.next-date-in-past");

    [Theory]
    [InlineData(null)]
    [InlineData(CloseReason.Other)]
    [InlineData(CloseReason.PersonDied)]
    [InlineData(CloseReason.PersonMoved)]
    [InlineData(CloseReason.ReplacedByNewSip)]
    [InlineData(CloseReason.ConsentWithdrawn)]
    public void R_END_1_Closing_at_follow_up_needs_goals_met_or_no_longer_needed(CloseReason? reason) =>
        Assert.Equal("R-END-1", Refused(TestData.FollowUp(FollowUpOutcome.Close, closeReason: reason), "follow-up.close-reason-missing").Violations[0].Rule);

    [Fact]
    public void R_END_2_Only_the_coordinators_unit_can_close_at_follow_up()
    {
        var c = CaseBuilder.Active().Case;

        var ex = Refusal.Exactly(c, () => c.RecordFollowUp(TestData.FollowUp(FollowUpOutcome.Close, closeReason: CloseReason.GoalsMet), TestData.RegionNurse, TestData.AtFollowUp), "close.only-coordinator");

        Assert.Equal("R-END-2", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_FU_1_Another_unit_than_the_coordinators_may_record_a_follow_up_that_continues()
    {
        var c = CaseBuilder.Active().FollowedUp(TestData.FollowUp(), TestData.RegionNurse).Case;

        Assert.Equal(CasePhase.Active, c.Phase);
    }
}
