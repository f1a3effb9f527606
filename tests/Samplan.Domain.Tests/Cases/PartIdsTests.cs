using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>Every goal, sub-goal, activity, invitation, invitee, meeting and participant has an id
/// that never changes: a save keeps the ids it is posted with, a revision carries them over, and a
/// follow-up names goals by id, so removing or adding a row never moves text or an assessment onto
/// another one.</summary>
public class PartIdsTests
{
    private static CaseBuilder MeetingHeld() => CaseBuilder.Initiated().Consented().Prepared().Invited().MeetingHeld();

    private static IEnumerable<Guid> AllIds(PlanContent content) =>
        content.Goals.SelectMany(g => new[] { g.Id }.Concat(g.SubGoals.Select(s => s.Id)).Concat(g.Activities.Select(a => a.Id)));

    [Fact]
    public void New_rows_get_ids_when_the_draft_is_saved_each_one_its_own()
    {
        var c = MeetingHeld().DraftSaved().Case;

        var ids = AllIds(c.DraftPlan!.Content).ToList();
        Assert.Equal(6, ids.Count); // 2 goals, 1 sub-goal, 3 activities
        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_save_keeps_the_ids_it_is_posted_with_and_a_removed_row_takes_no_other_rows_id()
    {
        var c = MeetingHeld().DraftSaved().Case;
        var saved = c.DraftPlan!.Content;
        var second = saved.Goals[1];

        // The first goal is removed, the second edited, a new one added.
        var posted = saved with
        {
            Goals = [second with { Need = "Ensamhet, ändrat" }, TestData.Goal(goal: "Du ska kunna laga mat")],
        };
        c.SavePlanDraft(posted, TestData.RegionNurse, TestData.AtMeeting);

        var goals = c.DraftPlan!.Content.Goals;
        Assert.Equal(second.Id, goals[0].Id);
        Assert.Equal("Ensamhet, ändrat", goals[0].Need);
        Assert.Equal(second.Activities.Select(a => a.Id), goals[0].Activities.Select(a => a.Id));
        Assert.DoesNotContain(goals[1].Id, AllIds(saved));
        Assert.NotEqual(Guid.Empty, goals[1].Id);
    }

    [Fact]
    public void A_posted_goal_the_draft_no_longer_holds_is_refused_not_saved_as_new()
    {
        var c = MeetingHeld().DraftSaved().Case;
        var removed = c.DraftPlan!.Content.Goals[0] with { Id = Guid.NewGuid() };
        var posted = c.DraftPlan.Content with { Goals = [removed, c.DraftPlan.Content.Goals[1]] };

        var ex = Refusal.Exactly(c, () => c.SavePlanDraft(posted, TestData.RegionNurse, TestData.AtMeeting), "plan.part-unknown");

        Assert.Equal("Goals[0]", ex.Violations[0].Field);
        Assert.Equal("R-PLAN-11", ex.Violations[0].Rule);
    }

    [Fact]
    public void A_posted_sub_goal_or_activity_with_an_unknown_id_is_refused()
    {
        var c = MeetingHeld().DraftSaved().Case;
        var goal = c.DraftPlan!.Content.Goals[0];
        var posted = c.DraftPlan.Content with
        {
            Goals = [goal with { SubGoals = [new SubGoal(Guid.NewGuid(), "Du somnar")], Activities = [goal.Activities[0] with { Id = Guid.NewGuid() }] }, c.DraftPlan.Content.Goals[1]],
        };

        var ex = Refusal.Exactly(c, () => c.SavePlanDraft(posted, TestData.RegionNurse, TestData.AtMeeting), "plan.part-unknown");

        Assert.Equal(["Goals[0].SubGoals[0]", "Goals[0].Activities[0]"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void The_same_goal_posted_twice_is_refused()
    {
        var c = MeetingHeld().DraftSaved().Case;
        var goal = c.DraftPlan!.Content.Goals[0];
        var posted = c.DraftPlan.Content with { Goals = [goal, goal with { SubGoals = [], Activities = [] }] };

        var ex = Refusal.Exactly(c, () => c.SavePlanDraft(posted, TestData.RegionNurse, TestData.AtMeeting), "case.part-id-repeated");

        Assert.Equal("Goals[1]", ex.Violations[0].Field);
    }

    [Fact]
    public void A_revision_after_follow_up_keeps_the_ids_of_everything_it_carries_over()
    {
        var b = CaseBuilder.Active();
        var agreed = b.Case.AgreedPlan!.Content;

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise));

        Assert.Equal(AllIds(agreed), AllIds(b.Case.DraftPlan!.Content));
        Assert.Equal(agreed.Goals.SelectMany(g => g.SubGoals), b.Case.DraftPlan.Content.Goals.SelectMany(g => g.SubGoals));
    }

    [Fact]
    public void A_revision_at_a_new_meeting_keeps_the_ids_of_the_agreed_plan()
    {
        var b = CaseBuilder.Active();
        var agreed = b.Case.AgreedPlan!.Content;

        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.NewSip))
         .Invited(TestData.Invitation(meetingDate: TestData.FollowUpOn))
         .MeetingHeld(TestData.Meeting(heldOn: TestData.FollowUpOn), TestData.AtFollowUp);

        Assert.Equal(AllIds(agreed), AllIds(b.Case.DraftPlan!.Content));
    }

    [Fact]
    public void A_follow_up_of_a_revised_plan_assesses_goals_by_id_after_goals_were_removed_and_added()
    {
        var b = CaseBuilder.Active();
        var first = b.Case.AgreedPlan!.Content.Goals[0];
        var second = b.Case.AgreedPlan.Content.Goals[1];
        b.FollowedUp(k => TestData.FollowUp(k, FollowUpOutcome.Revise));

        // The revision drops the first goal and adds a new one before the second: the second goal
        // stays at position 1 and the new one takes position 0, where the first goal was.
        var added = TestData.Goal(goal: "Du ska kunna laga mat", need: "Äter dåligt");
        b.DraftSaved(b.Case.DraftPlan!.Content with { Goals = [added, second], FollowUpOn = TestData.FollowUpOn.AddDays(120) }, TestData.AtFollowUp)
         .Agreed(TestData.Approval(approvedOn: TestData.FollowUpOn), TestData.AtFollowUp);
        var revised = b.Case.AgreedPlan!.Content.Goals;
        Assert.Equal(second.Id, revised[1].Id);
        Assert.NotEqual(first.Id, revised[0].Id);

        // The goal assessed in the first follow-up as "partly met" was the first goal; an
        // assessment of it now is of a goal no longer in the plan.
        var stale = TestData.FollowUp(b.Case, assessments: [new GoalAssessment(first.Id, GoalFulfilment.Met, null), new GoalAssessment(second.Id, GoalFulfilment.Met, null)], heldOn: TestData.FollowUpOn.AddDays(120), nextFollowUpOn: TestData.FollowUpOn.AddDays(200));
        Refusal.Exactly(b.Case, () => b.Case.RecordFollowUp(stale, TestData.KommunOfficer, TestData.AtFollowUp.AddDays(120)), "follow-up.goal-not-assessed", "follow-up.unknown-goal");

        var followUp = TestData.FollowUp(b.Case, assessments:
            [new GoalAssessment(second.Id, GoalFulfilment.NotMet, "Fortfarande ensam"), new GoalAssessment(revised[0].Id, GoalFulfilment.Met, "Lagar mat själv")],
            heldOn: TestData.FollowUpOn.AddDays(120), nextFollowUpOn: TestData.FollowUpOn.AddDays(200));
        b.FollowedUp(_ => followUp, at: TestData.AtFollowUp.AddDays(120));

        var recorded = b.Case.FollowUps[^1];
        Assert.Equal(2, recorded.PlanVersion);
        Assert.Equal("Ensamhet", revised.Single(g => g.Id == recorded.Assessments[0].GoalId).Need);
        Assert.Equal("Äter dåligt", revised.Single(g => g.Id == recorded.Assessments[1].GoalId).Need);
    }

    [Fact]
    public void A_follow_up_with_an_unknown_goal_id_is_refused()
    {
        var c = CaseBuilder.Active().Case;
        var followUp = TestData.FollowUp(c, assessments: [.. TestData.AssessAll(c), new GoalAssessment(Guid.NewGuid(), GoalFulfilment.Met, null)]);

        var ex = Refusal.Exactly(c, () => c.RecordFollowUp(followUp, TestData.KommunOfficer, TestData.AtFollowUp), "follow-up.unknown-goal");

        Assert.Equal("R-FU-1", ex.Violations[0].Rule);
    }

    [Fact]
    public void An_invitation_and_its_invitees_get_ids_and_a_meeting_and_its_participants_too()
    {
        var c = MeetingHeld().Case;

        var invitation = Assert.Single(c.Invitations);
        var meeting = Assert.Single(c.Meetings);
        var ids = new[] { invitation.Id, meeting.Id }.Concat(invitation.Invitees.Select(i => i.Id)).Concat(meeting.Participants.Select(p => p.Id)).ToList();
        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void An_id_the_form_gave_a_new_participant_is_kept_but_the_same_id_twice_is_refused()
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).Case;
        var id = Guid.NewGuid();
        var twice = TestData.Meeting(participants: [TestData.Present("Tolvan") with { Id = id }, TestData.Present("Rita", TestData.RegionUnitId) with { Id = id }]);

        Refusal.Exactly(c, () => c.RecordMeeting(twice, TestData.RegionNurse, TestData.AtMeeting), "case.part-id-repeated");

        c.RecordMeeting(TestData.Meeting(participants: [TestData.Present("Tolvan") with { Id = id }]), TestData.RegionNurse, TestData.AtMeeting);
        Assert.Equal(id, c.Meetings[0].Participants[0].Id);
    }
}
