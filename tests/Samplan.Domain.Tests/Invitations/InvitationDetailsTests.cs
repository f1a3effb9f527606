using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Invitations;

/// <summary>The meeting's end, the video link and the answer-by day the convener sets (R-CALL-2,
/// R-CALL-4, R-CALL-10), and how a move carries them.</summary>
public class InvitationDetailsTests
{
    private static SipCase Prepared() => CaseBuilder.Initiated().Consented().Prepared().Case;

    private static Common.DomainRuleException Refused(Invitation invitation, params string[] codes)
    {
        var c = Prepared();
        return Refusal.Exactly(c, () => c.SendInvitation(invitation, TestData.RegionNurse, TestData.Now), codes);
    }

    private static Invitation Video(string? link) =>
        TestData.Invitation(place: "") with { Form = MeetingForm.Video, MeetingLink = link };

    [Fact]
    public void R_CALL_2_An_end_time_before_the_start_is_refused()
    {
        var ex = Refused(TestData.Invitation() with { EndTime = new TimeOnly(8, 30) }, "invitation.end-before-start");

        Assert.Equal("EndTime", ex.Violations[0].Field);
    }

    [Fact]
    public void R_CALL_10_A_video_meeting_needs_its_link_and_may_then_go_without_a_place()
    {
        Refused(Video(null), "invitation.link-missing", "invitation.place-missing");

        var c = Prepared();
        c.SendInvitation(Video("https://video.region.example/m/123"), TestData.RegionNurse, TestData.Now);

        Assert.Equal("https://video.region.example/m/123", c.CurrentInvitation!.MeetingLink);
    }

    [Theory]
    [InlineData("http://video.region.example/m/1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("video.region.example/m/1")]
    public void R_CALL_10_A_link_that_is_not_https_is_refused(string link) =>
        Refused(Video(link), "invitation.link-invalid");

    [Fact]
    public void R_CALL_10_A_link_long_enough_to_carry_a_message_is_refused() =>
        Refused(Video("https://video.region.example/" + new string('a', Invitation.MaxLinkLength)), "invitation.link-invalid");

    [Fact]
    public void R_CALL_4_The_answer_by_day_is_neither_past_nor_after_the_meeting()
    {
        Refused(TestData.Invitation() with { AnswerBy = TestData.Today.AddDays(-1) }, "invitation.answer-by-in-past");
        Refused(TestData.Invitation() with { AnswerBy = TestData.MeetingOn.AddDays(1) }, "invitation.answer-by-after-meeting");
    }

    [Fact]
    public void R_CALL_4_Answers_are_due_by_the_day_set_or_else_the_meeting_day()
    {
        Assert.Equal(TestData.MeetingOn, TestData.Invitation().AnswersDueOn);
        Assert.Equal(TestData.Today.AddDays(3), (TestData.Invitation() with { AnswerBy = TestData.Today.AddDays(3) }).AnswersDueOn);
    }

    [Fact]
    public void R_CALL_9_A_moved_meeting_keeps_its_length_and_an_answer_by_day_past_it_gives_way()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared()
            .Invited(TestData.Invitation() with { EndTime = new TimeOnly(10, 30), AnswerBy = TestData.MeetingOn.AddDays(-1) }).Case;

        c.MoveInvitation(TestData.Today.AddDays(2), new TimeOnly(13, 0), null, TestData.RegionNurse, TestData.Now);

        var moved = c.CurrentInvitation!;
        Assert.Equal(new TimeOnly(14, 30), moved.EndTime);
        Assert.Equal(TestData.Today.AddDays(2), moved.AnswersDueOn);
        Assert.Equal(1, moved.Sequence);
    }

    [Fact]
    public void R_CALL_9_A_meeting_moved_so_late_that_its_end_would_pass_midnight_loses_the_end_time_not_the_move()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Invited(TestData.Invitation() with { EndTime = new TimeOnly(11, 0) }).Case;

        c.MoveInvitation(TestData.MeetingOn, new TimeOnly(23, 0), null, TestData.RegionNurse, TestData.Now);

        Assert.Null(c.CurrentInvitation!.EndTime);
        Assert.Equal(Invitation.AssumedLength, c.CurrentInvitation.Duration);
    }
}
