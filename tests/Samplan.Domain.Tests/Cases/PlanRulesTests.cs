using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>What the plan as a whole must hold before the individual can agree to it (R-PLAN-1..10).</summary>
public class PlanRulesTests
{
    internal static DomainRuleException Refused(PlanContent content, PlanApproval? approval = null, params string[] codes)
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved(content);
        var c = b.Case;

        var ex = Refusal.Exactly(c, () => c.AgreePlan(approval ?? TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting), codes);

        Assert.Equal(CasePhase.PlanDraft, c.Phase);
        Assert.Equal(PlanStatus.Draft, Assert.Single(c.Plans).Status);
        Assert.Null(c.Coordinator);
        return ex;
    }

    private static RuleViolation Single(PlanContent content, string code) =>
        Assert.Single(Refused(content, null, code).Violations);

    [Fact]
    public void R_PLAN_1_to_8_An_empty_draft_is_refused_with_every_missing_part()
    {
        var ex = Refused(PlanContent.Empty, null,
            "plan.own-goals-missing", "plan.resources-missing", "plan.no-needs", "plan.if-worse-missing", "plan.coordinator-missing", "plan.follow-up-missing");

        Assert.Equal(["R-PLAN-1", "R-PLAN-2", "R-PLAN-3", "R-PLAN-6", "R-PLAN-7", "R-PLAN-8"], ex.Violations.Select(v => v.Rule));
    }

    [Fact]
    public void R_PLAN_1_Plan_without_the_individuals_own_goals_is_refused() =>
        Assert.Equal("OwnGoals", Single(TestData.CompletePlan() with { OwnGoals = " " }, "plan.own-goals-missing").Field);

    [Fact]
    public void R_PLAN_2_Plan_without_resources_is_refused() =>
        Assert.Equal("R-PLAN-2", Single(TestData.CompletePlan() with { Resources = null }, "plan.resources-missing").Rule);

    [Fact]
    public void R_PLAN_3_Plan_without_any_need_is_refused() =>
        Assert.Equal("Goals", Single(TestData.CompletePlan() with { Goals = [] }, "plan.no-needs").Field);

    [Fact]
    public void R_PLAN_6_Plan_without_what_to_do_if_worse_is_refused() =>
        Assert.Equal("R-PLAN-6", Single(TestData.CompletePlan() with { IfWorse = "" }, "plan.if-worse-missing").Rule);

    [Fact]
    public void R_PLAN_7_Plan_without_coordinator_is_refused() =>
        Assert.Equal("Coordinator", Single(TestData.CompletePlan() with { Coordinator = null }, "plan.coordinator-missing").Field);

    [Fact]
    public void R_PLAN_7_Coordinator_without_name_is_refused() =>
        Assert.Equal("Coordinator.Name", Single(TestData.CompletePlan() with { Coordinator = TestData.KommunCoordinator() with { Name = " " } }, "plan.coordinator-name-missing").Field);

    [Fact]
    public void R_PLAN_7_Coordinator_from_an_actor_that_is_not_a_huvudman_is_refused() =>
        Assert.Equal("R-PLAN-7", Single(TestData.CompletePlan() with { Coordinator = new Coordinator("Elsa Elevhälsa", TestData.OtherUnitId, TestData.OtherOrgId, OrganisationKind.OtherActor) }, "plan.coordinator-not-huvudman").Rule);

    [Fact]
    public void R_PLAN_8_Plan_without_follow_up_date_is_refused() =>
        Assert.Equal("FollowUpOn", Single(TestData.CompletePlan() with { FollowUpOn = null }, "plan.follow-up-missing").Field);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void R_PLAN_8_Follow_up_date_must_be_after_today(int daysFromMeeting) =>
        Single(TestData.CompletePlan() with { FollowUpOn = TestData.MeetingOn.AddDays(daysFromMeeting) }, "plan.follow-up-in-past");

    [Fact]
    public void R_PLAN_10_Approval_without_who_approved_is_refused() =>
        Assert.Equal("ApprovedBy", Assert.Single(Refused(TestData.CompletePlan(), TestData.Approval(" "), "plan.approver-missing").Violations).Field);

    [Fact]
    public void R_PLAN_10_Approval_dated_in_the_future_is_refused() =>
        Assert.Equal("R-PLAN-10", Assert.Single(Refused(TestData.CompletePlan(), TestData.Approval(approvedOn: TestData.MeetingOn.AddDays(1)), "plan.approved-in-future").Violations).Rule);
}
