using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Invitations;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Invitations;

public class InvitationReplyTests
{
    private static (SipCase Case, InvitationReply Reply) Invited()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Invited(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId)])).Case;
        var invitation = c.CurrentInvitation!;
        return (c, InvitationReply.For(c.Id, invitation, invitation.Invitees[0]));
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
        var (c, reply) = Invited();
        var inv = c.CurrentInvitation!;

        reply.Acknowledge(inv, TestData.KommunOfficer, TestData.Now);
        Assert.Equal(InvitationAnswer.Acknowledged, reply.Answer);
        reply.Accept(inv, "Karin och en kollega", TestData.KommunOfficer, TestData.Now.AddHours(1));

        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
        Assert.Equal("Karin och en kollega", reply.Attendees);
        Assert.Equal(TestData.Now, reply.AcknowledgedAt);
        Assert.Equal(TestData.Now.AddHours(1), reply.AnsweredAt);
    }

    [Fact]
    public void R_CALL_4_Declining_needs_a_reason()
    {
        var (c, reply) = Invited();
        var inv = c.CurrentInvitation!;

        Assert.Equal("R-CALL-4", Refused(() => reply.Decline(inv, "  ", TestData.KommunOfficer, TestData.Now), "invitation.decline-reason-missing").Violations[0].Rule);
        reply.Decline(inv, "Krockar med en annan SIP", TestData.KommunOfficer, TestData.Now);
        Assert.Equal(InvitationAnswer.Declined, reply.Answer);
        Assert.Equal("Krockar med en annan SIP", reply.DeclineReason);
        Assert.NotNull(reply.AcknowledgedAt);
    }

    [Fact]
    public void An_answer_may_change_and_the_last_one_counts()
    {
        var (c, reply) = Invited();
        var inv = c.CurrentInvitation!;
        reply.Decline(inv, "Kan inte", TestData.KommunOfficer, TestData.Now);

        reply.Accept(inv, null, TestData.KommunOfficer, TestData.Now.AddHours(2));

        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
        Assert.Null(reply.DeclineReason);
        // Acknowledging after an answer leaves the answer as it was.
        reply.Acknowledge(inv, TestData.KommunOfficer, TestData.Now.AddHours(3));
        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
    }

    [Fact]
    public void R_CALL_9_A_voided_invitation_is_not_answered_and_a_moved_one_is_answered_until_its_new_day()
    {
        var (c, reply) = Invited();
        c.MoveInvitation(TestData.MeetingOn.AddDays(14), new TimeOnly(9, 0), null, TestData.RegionNurse, TestData.Now);
        var moved = c.CurrentInvitation!;
        Assert.Equal(1, moved.Sequence);
        reply.Accept(moved, null, TestData.KommunOfficer, TestData.Now.AddDays(10));
        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);

        c.VoidInvitation("Den enskilde är inlagd", TestData.RegionNurse, TestData.Now);
        Assert.Equal(2, c.CurrentInvitation!.Sequence);
        Assert.Equal("R-CALL-9", Refused(() => reply.Decline(c.CurrentInvitation!, "Kan inte", TestData.KommunOfficer, TestData.Now), "invitation.voided").Violations[0].Rule);
        Assert.Equal(CasePhase.Preparing, c.Phase);
    }

    [Fact]
    public void R_CALL_9_An_answer_to_an_invitation_a_new_one_replaced_is_refused()
    {
        var (c, reply) = Invited();
        c.VoidInvitation("Fel datum", TestData.RegionNurse, TestData.Now);
        c.SendInvitation(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId)]), TestData.RegionNurse, TestData.Now);

        Refused(() => reply.Accept(c.CurrentInvitation!, null, TestData.KommunOfficer, TestData.Now), "invitation.replaced");
    }

    [Fact]
    public void R_CALL_9_Voiding_needs_a_reason_and_moving_needs_a_change_and_a_day_ahead()
    {
        var (c, _) = Invited();

        Refusal.Exactly(c, () => c.VoidInvitation(" ", TestData.RegionNurse, TestData.Now), "invitation.void-reason-missing");
        Refusal.Exactly(c, () => c.MoveInvitation(TestData.Today.AddDays(-1), new TimeOnly(9, 0), null, TestData.RegionNurse, TestData.Now), "invitation.date-in-past");
        var current = c.CurrentInvitation!;
        Refusal.Exactly(c, () => c.MoveInvitation(current.MeetingDate, current.StartTime, current.Place, TestData.RegionNurse, TestData.Now), "invitation.move-unchanged");
    }

    [Fact]
    public void R_CALL_4_Only_the_invited_unit_answers_and_not_after_the_meeting_day()
    {
        var (c, reply) = Invited();
        var inv = c.CurrentInvitation!;

        Refused(() => reply.Accept(inv, null, TestData.OtherStaff, TestData.Now), "invitation.not-invitee");
        Refused(() => reply.Accept(inv, null, TestData.KommunOfficer, TestData.Now.AddDays(8)), "invitation.answer-after-meeting");
        reply.Accept(inv, null, TestData.KommunOfficer, TestData.AtMeeting);
        Assert.Equal(InvitationAnswer.Accepted, reply.Answer);
    }

    [Fact]
    public void R_CALL_6_The_convener_records_the_answer_of_an_invitee_by_letter_but_not_of_a_unit()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Invited(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId), TestData.RelativeInvitee()])).Case;
        var inv = c.CurrentInvitation!;
        var relative = InvitationReply.For(c.Id, inv, inv.Invitees[1]);
        var unit = InvitationReply.For(c.Id, inv, inv.Invitees[0]);

        relative.RecordByHand(inv, InvitationAnswer.Accepted, null, TestData.RegionNurse, TestData.Now);

        Assert.Equal(InvitationAnswer.Accepted, relative.Answer);
        Assert.Equal("Rita Region", relative.AnsweredBy);
        Refused(() => unit.RecordByHand(inv, InvitationAnswer.Accepted, null, TestData.RegionNurse, TestData.Now), "invitation.answer-in-system");
        Refused(() => relative.RecordByHand(inv, InvitationAnswer.NotAnswered, null, TestData.RegionNurse, TestData.Now), "invitation.answer-missing");
    }
}
