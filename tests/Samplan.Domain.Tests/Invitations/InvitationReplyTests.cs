using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Invitations;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Invitations;

public class InvitationReplyTests
{
    private static InvitationReply ReplyForKommun()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Invited(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId)])).Case;
        var invitation = c.CurrentInvitation!;
        return InvitationReply.For(c.Id, invitation, invitation.Invitees[0]);
    }

    private static DomainRuleException Refused(Action act, string code)
    {
        var ex = Assert.Throws<DomainRuleException>(act);
        Assert.True(ex.Has(code), ex.Message);
        return ex;
    }

    [Fact]
    public void R_CALL_4_An_invitee_acknowledges_then_accepts_naming_who_comes()
    {
        var reply = ReplyForKommun();

        reply.Acknowledge(TestData.KommunOfficer, TestData.Now);
        Assert.Equal(InvitationAnswer.Acknowledged, reply.Answer);
        reply.Accept("Karin och en kollega", TestData.KommunOfficer, TestData.Now.AddHours(1));

        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
        Assert.Equal("Karin och en kollega", reply.Attendees);
        Assert.Equal(TestData.Now, reply.AcknowledgedAt);
        Assert.Equal(TestData.Now.AddHours(1), reply.AnsweredAt);
    }

    [Fact]
    public void R_CALL_4_Declining_needs_a_reason()
    {
        var reply = ReplyForKommun();

        Assert.Equal("R-CALL-4", Refused(() => reply.Decline("  ", TestData.KommunOfficer, TestData.Now), "invitation.decline-reason-missing").Violations[0].Rule);
        reply.Decline("Krockar med en annan SIP", TestData.KommunOfficer, TestData.Now);
        Assert.Equal(InvitationAnswer.Declined, reply.Answer);
        Assert.Equal("Krockar med en annan SIP", reply.DeclineReason);
        Assert.NotNull(reply.AcknowledgedAt);
    }

    [Fact]
    public void An_answer_may_change_and_the_last_one_counts()
    {
        var reply = ReplyForKommun();
        reply.Decline("Kan inte", TestData.KommunOfficer, TestData.Now);

        reply.Accept(null, TestData.KommunOfficer, TestData.Now.AddHours(2));

        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
        Assert.Null(reply.DeclineReason);
        // Acknowledging after an answer leaves the answer as it was.
        reply.Acknowledge(TestData.KommunOfficer, TestData.Now.AddHours(3));
        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
    }

    [Fact]
    public void R_CALL_4_Only_the_invited_unit_answers_and_not_after_the_meeting_day()
    {
        var reply = ReplyForKommun();

        Refused(() => reply.Accept(null, TestData.OtherStaff, TestData.Now), "invitation.not-invitee");
        Refused(() => reply.Accept(null, TestData.KommunOfficer, TestData.Now.AddDays(8)), "invitation.answer-after-meeting");
        reply.Accept(null, TestData.KommunOfficer, TestData.AtMeeting);
        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
    }
}
