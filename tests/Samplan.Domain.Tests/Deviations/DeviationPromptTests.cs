using Samplan.Domain.Cases;
using Samplan.Domain.Deviations;
using Samplan.Domain.Invitations;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Deviations;

/// <summary>R-DEV-1: the convener is offered to report an invitee who never answered or did not come.</summary>
public class DeviationPromptTests
{
    private static readonly DateOnly AnswerBy = TestData.Today.AddDays(3);

    private static SipCase Invited() => CaseBuilder.Initiated().Consented().Prepared()
        .Invited(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId), TestData.UnitInvitee(TestData.OtherUnitId, "Skolan"), TestData.RelativeInvitee()]) with { AnswerBy = AnswerBy })
        .Case;

    private static Dictionary<Guid, InvitationReply> Replies(SipCase c) =>
        c.CurrentInvitation!.Invitees.ToDictionary(i => i.Id, i => InvitationReply.For(c.Id, c.CurrentInvitation, i));

    private static Invitee Named(SipCase c, string name) => c.CurrentInvitation!.Invitees.Single(i => i.Name == name);

    [Fact]
    public void R_DEV_1_Nobody_is_prompted_about_before_the_answer_by_day_has_passed()
    {
        var c = Invited();

        Assert.Empty(DeviationPrompt.For(c, Replies(c), [], AnswerBy));
    }

    [Fact]
    public void R_DEV_1_After_the_answer_by_day_those_who_have_not_accepted_or_declined_are_offered()
    {
        var c = Invited();
        var replies = Replies(c);
        var kommun = Named(c, "Socialpsykiatrin");
        replies[kommun.Id].Accept(c.CurrentInvitation!, "Karin", TestData.KommunOfficer, TestData.Now);
        replies[Named(c, "Skolan").Id].Acknowledge(c.CurrentInvitation!, TestData.OtherStaff, TestData.Now);

        var prompts = DeviationPrompt.For(c, replies, [], AnswerBy.AddDays(1));

        // The school only acknowledged: that is no answer. The relative, invited by letter, never answered.
        Assert.Equal(["Skolan", "Syster Lisa"], prompts.Select(p => p.Invitee.Name).Order());
        Assert.All(prompts, p => Assert.Equal(DeviationKind.NoAnswer, p.Kind));
    }

    [Fact]
    public void R_DEV_1_After_the_meeting_those_who_had_not_declined_and_were_not_there_are_offered()
    {
        var c = Invited();
        var replies = Replies(c);
        replies[Named(c, "Socialpsykiatrin").Id].Accept(c.CurrentInvitation!, null, TestData.KommunOfficer, TestData.Now);
        replies[Named(c, "Skolan").Id].Decline(c.CurrentInvitation!, "Inget skolärende just nu.", TestData.OtherStaff, TestData.Now);
        c.RecordMeeting(TestData.Meeting(participants:
        [
            TestData.Present("Rita Region", TestData.RegionUnitId),
            TestData.Absent("Karin Kommun", TestData.KommunUnitId),
            TestData.Present("syster lisa "),
        ]), TestData.RegionNurse, TestData.AtMeeting);

        var prompt = Assert.Single(DeviationPrompt.For(c, replies, [], TestData.MeetingOn));

        Assert.Equal("Socialpsykiatrin", prompt.Invitee.Name);
        Assert.Equal(DeviationKind.DidNotAttend, prompt.Kind);
    }

    [Fact]
    public void R_DEV_1_An_invitee_already_reported_is_not_offered_again_and_a_voided_invitation_offers_nobody()
    {
        var c = Invited();
        var school = Named(c, "Skolan");
        var report = DeviationReport.Report(Guid.NewGuid(), c.Id, DeviationKind.NoAnswer, c.CurrentInvitation!.Id, school, null, "Svarade aldrig.", TestData.RegionNurse, TestData.Now);

        Assert.DoesNotContain(DeviationPrompt.For(c, Replies(c), [report], AnswerBy.AddDays(1)), p => p.Invitee.Id == school.Id);

        c.VoidInvitation("Mötet behövs inte längre.", TestData.RegionNurse, TestData.Now);
        Assert.Empty(DeviationPrompt.For(c, Replies(c), [], AnswerBy.AddDays(1)));
    }

    [Fact]
    public void R_DEV_1_A_report_needs_whom_it_is_about_and_what_happened_within_limits()
    {
        var c = Invited();
        var refused = Assert.Throws<Common.DomainRuleException>(() =>
            DeviationReport.Report(Guid.NewGuid(), c.Id, DeviationKind.Other, null, null, " ", new string('x', DeviationReport.MaxTextLength + 1), TestData.RegionNurse, TestData.Now));
        Assert.Equal(["deviation.about-missing", "deviation.description-too-long"], refused.Violations.Select(v => v.Code).Order());

        var school = Named(c, "Skolan");
        var report = DeviationReport.Report(Guid.NewGuid(), c.Id, DeviationKind.NoAnswer, c.CurrentInvitation!.Id, school, "ignored", " Svarade aldrig. ", TestData.RegionNurse, TestData.Now);
        Assert.Equal(("Skolan", school.UnitId, "Svarade aldrig."), (report.AboutName, report.AboutUnitId, report.Description));
        Assert.Equal(TestData.RegionUnitId, report.ReportedByUnitId);
    }
}
