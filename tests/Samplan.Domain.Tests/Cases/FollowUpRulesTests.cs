using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class FollowUpRulesTests
{
    private static Common.DomainRuleException Refused(Func<SipCase, FollowUp> followUp, params string[] codes)
    {
        var c = CaseBuilder.Active().Case;
        var ex = Refusal.Exactly(c, () => c.RecordFollowUp(followUp(c), TestData.KommunOfficer, TestData.AtFollowUp), codes);
        Assert.Empty(c.FollowUps);
        return ex;
    }

    private static GoalAssessment Met(Guid goalId) => new(goalId, GoalFulfilment.Met, null);

    [Fact]
    public void R_FU_1_Every_goal_of_the_agreed_plan_must_be_assessed()
    {
        var ex = Refused(c => TestData.FollowUp(c, assessments: [Met(TestData.GoalId(c, 0))]), "follow-up.goal-not-assessed");

        Assert.Equal("Assessments[1]", ex.Violations[0].Field);
        Assert.Equal("R-FU-1", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_FU_1_Follow_up_without_assessments_names_every_goal() =>
        Assert.Equal(["Assessments[0]", "Assessments[1]"], Refused(c => TestData.FollowUp(c, assessments: []), "follow-up.goal-not-assessed").Violations.Select(v => v.Field));

    [Fact]
    public void R_FU_1_A_goal_may_be_assessed_only_once() =>
        Refused(c => TestData.FollowUp(c, assessments:
        [
            Met(TestData.GoalId(c, 0)),
            new GoalAssessment(TestData.GoalId(c, 0), GoalFulfilment.NotMet, null),
            Met(TestData.GoalId(c, 1)),
        ]), "follow-up.goal-not-assessed");

    [Fact]
    public void R_FU_1_Assessment_of_a_goal_not_in_the_plan_is_refused() =>
        Refused(c => TestData.FollowUp(c, assessments:
        [
            Met(TestData.GoalId(c, 0)),
            Met(TestData.GoalId(c, 1)),
            Met(Guid.NewGuid()),
        ]), "follow-up.unknown-goal");

    [Fact]
    public void R_FU_1_Assessing_an_unknown_goal_instead_of_a_plan_goal_names_both_problems() =>
        Refused(c => TestData.FollowUp(c, assessments: [Met(TestData.GoalId(c, 0)), Met(Guid.NewGuid())]), "follow-up.goal-not-assessed", "follow-up.unknown-goal");

    [Fact]
    public void R_FU_1_Follow_up_held_in_the_future_is_refused() =>
        Refused(c => TestData.FollowUp(c, heldOn: TestData.FollowUpOn.AddDays(1)), "follow-up.held-in-future");

    [Fact]
    public void R_PLAN_8_Continue_needs_the_next_follow_up_date() =>
        Assert.Equal("NextFollowUpOn", Refused(c => TestData.FollowUp(c) with { NextFollowUpOn = null }, "follow-up.next-date-missing").Violations[0].Field);

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void R_PLAN_8_Continue_needs_a_next_follow_up_after_today(int days) =>
        Refused(c => TestData.FollowUp(c, nextFollowUpOn: TestData.FollowUpOn.AddDays(days)), "follow-up.next-date-in-past");

    [Theory]
    [InlineData(null)]
    [InlineData(CloseReason.Other)]
    [InlineData(CloseReason.PersonDied)]
    [InlineData(CloseReason.PersonMoved)]
    [InlineData(CloseReason.ReplacedByNewSip)]
    [InlineData(CloseReason.ConsentWithdrawn)]
    public void R_END_1_Closing_at_follow_up_needs_goals_met_or_no_longer_needed(CloseReason? reason) =>
        Assert.Equal("R-END-1", Refused(c => TestData.FollowUp(c, FollowUpOutcome.Close, closeReason: reason), "follow-up.close-reason-missing").Violations[0].Rule);

    [Fact]
    public void R_END_2_Only_the_coordinators_unit_can_close_at_follow_up()
    {
        var c = CaseBuilder.Active().Case;

        var ex = Refusal.Exactly(c, () => c.RecordFollowUp(TestData.FollowUp(c, FollowUpOutcome.Close, closeReason: CloseReason.GoalsMet), TestData.RegionNurse, TestData.AtFollowUp), "close.only-coordinator");

        Assert.Equal("R-END-2", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_FU_1_Another_unit_than_the_coordinators_may_record_a_follow_up_that_continues()
    {
        var c = CaseBuilder.Active().FollowedUp(k => TestData.FollowUp(k), TestData.RegionNurse).Case;

        Assert.Equal(CasePhase.Active, c.Phase);
    }
}
