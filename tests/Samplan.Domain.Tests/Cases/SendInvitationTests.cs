using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class SendInvitationTests
{
    private static CaseBuilder Prepared(Preparation? preparation = null) =>
        CaseBuilder.Initiated().Consented().Prepared(preparation);

    private static Common.DomainRuleException Refused(SipCase c, Invitation invitation, params string[] codes) =>
        Refusal.Exactly(c, () => c.SendInvitation(invitation, TestData.RegionNurse, TestData.Now), codes);

    [Fact]
    public void R_CALL_1_Invitation_cannot_be_sent_without_any_preparation()
    {
        var c = CaseBuilder.Initiated().Consented().Case;

        var ex = Refused(c, TestData.Invitation(), "invitation.purpose-missing", "invitation.goal-missing");

        Assert.All(ex.Violations, v => Assert.Equal("R-CALL-1", v.Rule));
    }

    [Fact]
    public void R_CALL_1_Invitation_cannot_be_sent_without_purpose()
    {
        var c = Prepared(TestData.Preparation(purpose: "  ")).Case;

        Assert.Equal("Purpose", Refused(c, TestData.Invitation(), "invitation.purpose-missing").Violations[0].Field);
    }

    [Fact]
    public void R_CALL_1_Invitation_cannot_be_sent_without_goal()
    {
        var c = Prepared(TestData.Preparation(goal: null)).Case;

        Assert.Equal("Goal", Refused(c, TestData.Invitation(), "invitation.goal-missing").Violations[0].Field);
    }

    [Fact]
    public void R_CALL_2_Invitation_without_place_is_refused()
    {
        var c = Prepared().Case;

        Assert.Equal("R-CALL-2", Refused(c, TestData.Invitation(place: " "), "invitation.place-missing").Violations[0].Rule);
    }

    [Fact]
    public void R_CALL_2_Meeting_date_in_the_past_is_refused()
    {
        var c = Prepared().Case;

        Assert.Equal("MeetingDate", Refused(c, TestData.Invitation(TestData.Today.AddDays(-1)), "invitation.date-in-past").Violations[0].Field);
    }

    [Fact]
    public void R_CALL_2_Meeting_today_is_accepted()
    {
        var c = Prepared().Invited(TestData.Invitation(TestData.Today)).Case;

        Assert.Equal(TestData.Today, c.NextDueOn);
    }

    [Fact]
    public void R_CALL_4_Invitation_without_invitees_is_refused()
    {
        var c = Prepared().Case;

        Refused(c, TestData.Invitation(invitees: []), "invitation.no-invitees");
    }

    [Fact]
    public void R_CALL_4_Invitee_without_name_is_refused_and_named_by_position()
    {
        var c = Prepared().Case;

        var ex = Refused(c, TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId), TestData.RelativeInvitee(" ")]), "invitation.invitee-name-missing");

        Assert.Equal("Invitees[1].Name", ex.Violations[0].Field);
    }

    [Fact]
    public void R_CALL_4_Unit_invitee_without_unit_is_refused()
    {
        var c = Prepared().Case;

        var ex = Refused(c, TestData.Invitation(invitees: [new Invitee(Guid.Empty, InviteeKind.Unit, null, "Hemtjänsten", true)]), "invitation.invitee-unit-missing");

        Assert.Equal("Invitees[0].UnitId", ex.Violations[0].Field);
    }

    [Fact]
    public void R_CALL_1_R_CALL_2_R_CALL_4_Every_problem_is_reported_at_once()
    {
        var c = Prepared(TestData.Preparation(null, null)).Case;

        Refused(c, TestData.Invitation(TestData.Today.AddDays(-1), place: "", invitees: []),
            "invitation.purpose-missing", "invitation.goal-missing", "invitation.place-missing", "invitation.date-in-past", "invitation.no-invitees");
    }

    [Fact]
    public void R_CALL_4_Sending_moves_to_Invited_and_records_who_sent_it_and_when()
    {
        var c = Prepared().Case;
        var invitation = TestData.Invitation();

        c.SendInvitation(invitation, TestData.KommunOfficer, TestData.Now);

        Assert.Equal(CasePhase.Invited, c.Phase);
        var sent = Assert.Single(c.Invitations);
        Assert.Same(sent, c.CurrentInvitation);
        Assert.Equal(TestData.Now, sent.SentAt);
        Assert.Equal(TestData.KommunOfficer, sent.SentBy);
        Assert.Equal(TestData.MeetingOn, sent.MeetingDate);
        Assert.All(sent.Invitees, i => Assert.Equal(InvitationAnswer.NotAnswered, i.Answer));
        Assert.Equal(CaseEventKind.InvitationSent, c.History[^1].Kind);
        Assert.Equal("2026-11-30", c.History[^1].Detail);
    }

    [Fact]
    public void R_CALL_3_The_meeting_date_becomes_the_next_due_date()
    {
        var c = Prepared().Invited(TestData.Invitation(TestData.Today.AddDays(12))).Case;

        Assert.Equal(TestData.Today.AddDays(12), c.NextDueOn);
    }

    [Fact]
    public void R_CALL_4_Invited_units_take_part_in_the_case_once_each()
    {
        var c = Prepared().Invited(TestData.Invitation(invitees:
        [
            TestData.UnitInvitee(TestData.KommunUnitId),
            TestData.UnitInvitee(TestData.KommunUnitId, "Socialpsykiatrin, Karin"),
            TestData.UnitInvitee(TestData.OtherUnitId, "Elevhälsan"),
            TestData.RelativeInvitee(),
        ])).Case;

        Assert.Equal(
            [
                new CaseUnit(TestData.RegionUnitId, CaseUnitRole.Initiating),
                new CaseUnit(TestData.KommunUnitId, CaseUnitRole.Invited),
                new CaseUnit(TestData.OtherUnitId, CaseUnitRole.Invited),
            ],
            c.Units);
        Assert.True(c.Involves(TestData.KommunUnitId));
    }

    [Fact]
    public void R_CALL_6_Invitees_without_a_unit_in_the_system_need_a_printed_letter()
    {
        var c = Prepared().Invited(TestData.Invitation(invitees:
        [
            TestData.UnitInvitee(TestData.KommunUnitId),
            TestData.RelativeInvitee(),
            new Invitee(Guid.Empty, InviteeKind.OtherActor, null, "Försäkringskassan", true),
        ])).Case;

        Assert.Equal([false, true, true], c.CurrentInvitation!.Invitees.Select(i => i.NeedsLetter));
    }

    [Fact]
    public void R_CALL_5_Relatives_may_be_invited_without_a_unit()
    {
        var c = Prepared().Invited(TestData.Invitation(invitees: [TestData.RelativeInvitee()])).Case;

        Assert.Equal(CasePhase.Invited, c.Phase);
        Assert.Single(c.Units);
    }

    [Fact]
    public void Lifecycle_A_second_invitation_cannot_be_sent_while_the_case_is_Invited()
    {
        var c = Prepared().Invited().Case;

        Refused(c, TestData.Invitation(), "transition.not-allowed-in-invited");
    }
}
