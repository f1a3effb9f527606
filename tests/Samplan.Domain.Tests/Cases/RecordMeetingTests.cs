using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class RecordMeetingTests
{
    private static SipCase Invited() => CaseBuilder.InPhase(CasePhase.Invited).Case;

    private static DomainRuleException Refused(Meeting meeting, params string[] codes)
    {
        var c = Invited();
        return Refusal.Exactly(c, () => c.RecordMeeting(meeting, TestData.RegionNurse, TestData.AtMeeting), codes);
    }

    [Fact]
    public void R_MEET_2_Meeting_without_chair_is_refused() =>
        Assert.Equal("R-MEET-2", Refused(TestData.Meeting(chair: " "), "meeting.chair-missing").Violations[0].Rule);

    [Fact]
    public void R_MEET_2_Meeting_without_secretary_is_refused() =>
        Assert.Equal("Secretary", Refused(TestData.Meeting(secretary: ""), "meeting.secretary-missing").Violations[0].Field);

    [Fact]
    public void R_MEET_1_Meeting_where_no_one_was_present_is_refused() =>
        Refused(TestData.Meeting(participants: [TestData.Absent("Tolvan"), TestData.Absent("Rita", TestData.RegionUnitId)]), "meeting.no-participants-present");

    [Fact]
    public void R_MEET_1_Meeting_without_participants_is_refused() =>
        Refused(TestData.Meeting(participants: []), "meeting.no-participants-present");

    [Fact]
    public void R_MEET_1_Participant_without_name_is_refused_and_named_by_position() =>
        Assert.Equal("Participants[1].Name", Refused(TestData.Meeting(participants: [TestData.Present("Tolvan"), TestData.Absent(" ")]), "meeting.participant-name-missing").Violations[0].Field);

    [Fact]
    public void R_MEET_1_A_participant_for_a_unit_the_case_does_not_know_is_refused() =>
        Assert.Equal("Participants[1].UnitId", Refused(TestData.Meeting(participants: [TestData.Present("Tolvan"), TestData.Present("Okänd", Guid.NewGuid())]), "meeting.participant-unit-unknown").Violations[0].Field);

    [Fact]
    public void R_MEET_1_A_participant_for_a_unit_of_the_case_is_accepted()
    {
        var c = Invited();
        var known = c.Units[0].UnitId;

        c.RecordMeeting(TestData.Meeting(participants: [TestData.Present("Tolvan"), TestData.Present("Rita", known)]), TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(CasePhase.PlanDraft, c.Phase);
    }

    [Fact]
    public void R_MEET_1_Meeting_held_in_the_future_is_refused()
    {
        var c = Invited();

        Refusal.Exactly(c, () => c.RecordMeeting(TestData.Meeting(TestData.MeetingOn.AddDays(1)), TestData.RegionNurse, TestData.AtMeeting), "meeting.held-in-future");
    }

    [Fact]
    public void R_MEET_1_R_MEET_2_Every_problem_is_reported_at_once() =>
        Refused(TestData.Meeting(TestData.MeetingOn.AddDays(1), "", "", []), "meeting.held-in-future", "meeting.chair-missing", "meeting.secretary-missing", "meeting.no-participants-present");

    [Fact]
    public void R_MEET_1_Held_meeting_opens_an_empty_draft_plan_version_1()
    {
        var c = Invited();

        c.RecordMeeting(TestData.Meeting(), TestData.KommunOfficer, TestData.AtMeeting);

        Assert.Equal(CasePhase.PlanDraft, c.Phase);
        var draft = Assert.Single(c.Plans);
        Assert.Same(draft, c.DraftPlan);
        Assert.Equal(1, draft.Number);
        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.Equal(PlanContent.Empty, draft.Content);
        Assert.Equal(TestData.AtMeeting, draft.CreatedAt);
        Assert.Null(c.AgreedPlan);
    }

    [Fact]
    public void R_MEET_1_Participants_present_and_absent_are_recorded_with_who_recorded_them()
    {
        var c = Invited();

        c.RecordMeeting(TestData.Meeting(), TestData.KommunOfficer, TestData.AtMeeting);

        var meeting = Assert.Single(c.Meetings);
        Assert.Same(meeting, c.CurrentMeeting);
        Assert.Equal(TestData.KommunOfficer, meeting.RecordedBy);
        Assert.Equal(TestData.AtMeeting, meeting.RecordedAt);
        Assert.Equal(["Syster Lisa"], meeting.Participants.Where(p => !p.Present).Select(p => p.Name));
        Assert.Equal(3, meeting.Participants.Count(p => p.Present));
        Assert.Equal(CaseEventKind.MeetingRecorded, c.History[^1].Kind);
    }

    [Fact]
    public void R_MEET_1_Meeting_held_today_is_accepted_and_the_plan_is_due_a_week_later()
    {
        var c = Invited();

        c.RecordMeeting(TestData.Meeting(TestData.MeetingOn), TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal(TestData.MeetingOn.AddDays(Deadlines.PlanAgreementDays), c.NextDueOn);
    }

    [Fact]
    public void R_MEET_2_The_individual_may_chair_the_meeting()
    {
        var c = Invited();

        c.RecordMeeting(TestData.Meeting(chair: "Tolvan Tolvansson"), TestData.RegionNurse, TestData.AtMeeting);

        Assert.Equal("Tolvan Tolvansson", c.CurrentMeeting!.Chair);
    }
}
