using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class AgreePlanTests
{
    private static CaseBuilder Draft(PlanContent? content = null) =>
        CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved(content);

    [Fact]
    public void R_PLAN_10_Agreeing_makes_the_draft_the_agreed_version_with_the_approval()
    {
        var b = Draft();
        var c = b.Case;
        var approval = TestData.Approval();

        c.AgreePlan(approval, b.Individual, TestData.KommunOfficer, TestData.AtMeeting);

        Assert.Equal(CasePhase.Active, c.Phase);
        var agreed = Assert.Single(c.Plans);
        Assert.Same(agreed, c.AgreedPlan);
        Assert.Null(c.DraftPlan);
        Assert.Equal(1, agreed.Number);
        Assert.Equal(PlanStatus.Agreed, agreed.Status);
        Assert.Equal(approval, agreed.Approval);
        Assert.Equal(TestData.AtMeeting, agreed.AgreedAt);
        Assert.Equal(TestData.KommunOfficer, agreed.AgreedBy);
        Assert.Equal(CaseEventKind.PlanAgreed, c.History[^1].Kind);
        Assert.Equal("1", c.History[^1].Detail);
    }

    [Fact]
    public void R_PLAN_7_The_coordinator_of_the_plan_takes_over_responsibility_for_the_case()
    {
        var b = Draft();
        var c = b.Case;

        c.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(TestData.KommunCoordinator(), c.Coordinator);
        Assert.Equal(TestData.KommunUnitId, c.ResponsibleUnitId);
        Assert.Equal(TestData.RegionUnitId, c.InitiatingUnitId);
    }

    [Fact]
    public void R_PLAN_7_A_region_coordinator_is_accepted()
    {
        var coordinator = new Coordinator("Rita Region", TestData.RegionUnitId, TestData.RegionOrgId, OrganisationKind.Region);
        var b = Draft(TestData.CompletePlan() with { Coordinator = coordinator });
        var c = b.Case;

        c.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(coordinator, c.Coordinator);
    }

    [Fact]
    public void R_PLAN_5_R_PLAN_7_Coordinator_and_activity_units_take_part_in_the_case()
    {
        var b = Draft();
        var c = b.Case;

        c.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Contains(new CaseUnit(TestData.KommunUnitId, CaseUnitRole.Coordinator), c.Units);
        Assert.Contains(new CaseUnit(TestData.RegionUnitId, CaseUnitRole.ActivityResponsible), c.Units);
        Assert.Contains(new CaseUnit(TestData.KommunUnitId, CaseUnitRole.ActivityResponsible), c.Units);
        Assert.Contains(new CaseUnit(TestData.RegionUnitId, CaseUnitRole.Initiating), c.Units);
        Assert.Equal(c.Units.Count, c.Units.Distinct().Count());
    }

    [Fact]
    public void R_PLAN_8_The_booked_follow_up_becomes_the_next_due_date()
    {
        var b = Draft();
        var c = b.Case;

        c.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(TestData.FollowUpOn, c.FollowUpDueOn);
        Assert.Equal(TestData.FollowUpOn, c.NextDueOn);
    }

    [Fact]
    public void R_PLAN_9_New_needs_referred_are_kept_in_the_agreed_plan()
    {
        var c = CaseBuilder.Active().Case;

        Assert.Equal("Tandvård: remiss till folktandvården", c.AgreedPlan!.Content.NewNeedsReferred);
    }

    [Fact]
    public void R_PLAN_10_Approval_by_a_representative_is_kept()
    {
        var b = Draft();
        var c = b.Case;
        var approval = new PlanApproval("God man Göran", ApprovalMethod.ByRepresentative, TestData.MeetingOn);

        c.AgreePlan(approval, b.Individual, TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(ApprovalMethod.ByRepresentative, c.AgreedPlan!.Approval!.Method);
    }

    [Fact]
    public void R_PLAN_11_The_agreed_version_is_not_changed_by_a_later_revision()
    {
        var b = CaseBuilder.Active();
        var agreedContent = b.Case.AgreedPlan!.Content;

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise))
         .DraftSaved(TestData.CompletePlan() with { OwnGoals = "Nu vill jag börja arbeta", FollowUpOn = TestData.FollowUpOn.AddDays(120) }, TestData.AtFollowUp);

        var v1 = b.Case.Plans[0];
        Assert.Equal(PlanStatus.Agreed, v1.Status);
        Assert.Same(agreedContent, v1.Content);
        Assert.Same(v1, b.Case.AgreedPlan);
        Assert.Equal("Nu vill jag börja arbeta", b.Case.DraftPlan!.Content.OwnGoals);
    }

    [Fact]
    public void R_PLAN_11_Agreeing_the_revision_supersedes_the_earlier_version_without_changing_it()
    {
        var b = CaseBuilder.Active();
        var v1Content = b.Case.AgreedPlan!.Content;
        var nextFollowUp = TestData.FollowUpOn.AddDays(120);

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise))
         .DraftSaved(TestData.CompletePlan() with { OwnGoals = "Nu vill jag börja arbeta", FollowUpOn = nextFollowUp }, TestData.AtFollowUp)
         .Agreed(TestData.Approval(approvedOn: TestData.FollowUpOn), TestData.AtFollowUp);

        Assert.Equal([PlanStatus.Superseded, PlanStatus.Agreed], b.Case.Plans.Select(p => p.Status));
        Assert.Same(v1Content, b.Case.Plans[0].Content);
        Assert.Equal(2, b.Case.AgreedPlan!.Number);
        Assert.Equal(CasePhase.Active, b.Case.Phase);
        Assert.Equal(nextFollowUp, b.Case.NextDueOn);
    }

    [Fact]
    public void R_COORD_2_A_new_coordinator_in_a_revised_plan_replaces_the_old_one()
    {
        var regionCoordinator = new Coordinator("Rita Region", TestData.RegionUnitId, TestData.RegionOrgId, OrganisationKind.Region);
        var b = CaseBuilder.Active();

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise))
         .DraftSaved(TestData.CompletePlan() with { Coordinator = regionCoordinator, FollowUpOn = TestData.FollowUpOn.AddDays(120) }, TestData.AtFollowUp)
         .Agreed(TestData.Approval(approvedOn: TestData.FollowUpOn), TestData.AtFollowUp);

        Assert.Equal(regionCoordinator, b.Case.Coordinator);
        Assert.Equal(TestData.RegionUnitId, b.Case.ResponsibleUnitId);
        Assert.Equal([TestData.RegionUnitId], b.Case.Units.Where(u => u.Role == CaseUnitRole.Coordinator).Select(u => u.UnitId));
    }
}
