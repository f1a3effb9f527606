using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Messages;

public class SendMessageTests
{
    private static readonly (Guid, MessagePurpose)[] ToKommun = [(TestData.KommunUnitId, MessagePurpose.Acknowledge)];

    private static CaseMessage Send(SipCase c, MessageKind kind, IReadOnlyCollection<(Guid, MessagePurpose)>? to = null, string? text = null, StaffRef? by = null) =>
        CaseMessage.Send(Guid.NewGuid(), c, kind, to ?? ToKommun, text, by ?? TestData.RegionNurse, TestData.Now);

    private static DomainRuleException Refused(Action send, params string[] codes)
    {
        var ex = Assert.Throws<DomainRuleException>(send);
        Assert.Equal(codes.Order(StringComparer.Ordinal), ex.Violations.Select(v => v.Code).Distinct().Order(StringComparer.Ordinal));
        return ex;
    }

    [Fact]
    public void R_INIT_3_The_initiative_goes_to_each_unit_for_acknowledgement_or_for_information()
    {
        var c = CaseBuilder.Initiated().Case;

        var message = Send(c, MessageKind.Initiative, [(TestData.KommunUnitId, MessagePurpose.Acknowledge), (TestData.OtherUnitId, MessagePurpose.Information)]);

        Assert.Equal(2, message.Recipients.Count);
        Assert.Equal(MessagePurpose.Acknowledge, message.RecipientFor(TestData.KommunUnitId)!.Purpose);
        Assert.Equal(MessagePurpose.Information, message.RecipientFor(TestData.OtherUnitId)!.Purpose);
        Assert.All(message.Recipients, r => Assert.Null(r.ReadAt));
    }

    [Fact]
    public void R_INIT_4_An_initiative_is_to_be_acknowledged_by_the_first_contact_deadline()
    {
        var c = CaseBuilder.Initiated().Case;

        Assert.Equal(Deadlines.FirstStepDue(c.Initiative), Send(c, MessageKind.Initiative).AcknowledgeBy);
    }

    [Fact]
    public void R_INIT_5_A_discharge_notice_is_to_be_acknowledged_by_the_invitation_deadline()
    {
        var friday = new DateOnly(2026, 11, 20);
        var c = CaseBuilder.Initiated(initiative: TestData.Initiative(identifiedOn: friday, dischargeReadyOn: friday)).Case;

        var message = Send(c, MessageKind.DischargeReady);

        Assert.Equal(new DateOnly(2026, 11, 23), message.AcknowledgeBy);
        Assert.Equal(DayOfWeek.Monday, message.AcknowledgeBy!.Value.DayOfWeek);
    }

    [Fact]
    public void A_message_only_for_information_has_no_acknowledgement_date()
    {
        var c = CaseBuilder.Initiated().Case;

        Assert.Null(Send(c, MessageKind.Initiative, [(TestData.KommunUnitId, MessagePurpose.Information)]).AcknowledgeBy);
    }

    [Fact]
    public void A_later_message_is_to_be_acknowledged_within_the_days_we_chose()
    {
        var c = CaseBuilder.Initiated().Consented().Case;
        c.RecordMessageSent(Send(c, MessageKind.Initiative), TestData.RegionNurse, TestData.Now);

        var note = Send(c, MessageKind.Note, by: TestData.KommunOfficer, to: [(TestData.RegionUnitId, MessagePurpose.Acknowledge)]);

        Assert.Equal(TestData.Today.AddDays(Deadlines.AcknowledgementDays), note.AcknowledgeBy);
    }

    [Fact]
    public void R_CONSENT_1_Before_consent_a_message_carries_no_words_of_the_sender()
    {
        var c = CaseBuilder.Initiated().Case;

        var ex = Refused(() => Send(c, MessageKind.Initiative, text: "Tolvan behöver hjälp med boendet"), "message.text-before-consent");

        Assert.Equal("R-CONSENT-1", ex.Violations[0].Rule);
        Assert.False(Send(c, MessageKind.Initiative).MayNamePerson);
    }

    [Fact]
    public void R_DISCH_1_A_discharge_notice_may_name_the_person_and_carry_text_without_consent()
    {
        var c = CaseBuilder.Initiated(initiative: TestData.Initiative(dischargeReadyOn: TestData.Today)).Case;

        var message = Send(c, MessageKind.DischargeReady, text: "Utskrivningsklar i dag, behöver hemtjänst.");

        Assert.True(message.MayNamePerson);
        Assert.Equal("Utskrivningsklar i dag, behöver hemtjänst.", message.Text);
    }

    [Fact]
    public void R_DISCH_1_A_discharge_notice_needs_the_discharge_date()
    {
        var c = CaseBuilder.Initiated().Case;

        Assert.Equal("R-DISCH-1", Refused(() => Send(c, MessageKind.DischargeReady), "message.discharge-date-missing").Violations[0].Rule);
    }

    [Fact]
    public void After_consent_a_message_may_name_the_person()
    {
        var c = CaseBuilder.Initiated().Consented().Case;

        Assert.True(Send(c, MessageKind.Initiative, text: "Välkomna att delta").MayNamePerson);
    }

    [Fact]
    public void R_INIT_3_A_message_needs_a_recipient_other_than_the_own_unit()
    {
        var c = CaseBuilder.Initiated().Case;

        Refused(() => Send(c, MessageKind.Initiative, []), "message.no-recipients");
        Refused(() => Send(c, MessageKind.Initiative, [(TestData.RegionUnitId, MessagePurpose.Acknowledge)]), "message.to-own-unit");
    }

    [Fact]
    public void R_INIT_3_Only_the_responsible_unit_sends_the_initiative_and_only_before_the_invitation()
    {
        var c = CaseBuilder.Initiated().Consented().Case;
        c.RecordMessageSent(Send(c, MessageKind.Initiative), TestData.RegionNurse, TestData.Now);

        Refused(() => Send(c, MessageKind.Initiative, [(TestData.RegionUnitId, MessagePurpose.Acknowledge)], by: TestData.KommunOfficer), "message.initiative-responsible-only");
        var invited = CaseBuilder.InPhase(CasePhase.Invited).Case;
        Refused(() => Send(invited, MessageKind.Initiative), "message.initiative-too-late");
    }

    [Fact]
    public void R_CASE_2_Only_the_responsible_unit_reaches_units_outside_the_case()
    {
        var c = CaseBuilder.Initiated().Consented().Case;
        c.RecordMessageSent(Send(c, MessageKind.Initiative), TestData.RegionNurse, TestData.Now);

        var ex = Refused(() => Send(c, MessageKind.Note, [(TestData.OtherUnitId, MessagePurpose.Information)], by: TestData.KommunOfficer), "message.recipient-not-in-case");

        Assert.Equal("R-CASE-2", ex.Violations[0].Rule);
        Assert.Single(Send(c, MessageKind.Note, [(TestData.OtherUnitId, MessagePurpose.Information)]).Recipients);
    }

    [Fact]
    public void A_user_does_not_send_what_only_the_system_sends()
    {
        var c = CaseBuilder.Initiated().Consented().Case;

        Refused(() => Send(c, MessageKind.HandedOver), "message.notice-not-sent");
        Refused(() => Send(c, MessageKind.CaseEnded), "message.notice-not-sent");
    }

    [Fact]
    public void No_message_about_a_closed_case()
    {
        var c = CaseBuilder.InPhase(CasePhase.Closed).Case;

        Refused(() => Send(c, MessageKind.Note), "message.case-not-open");
    }

    [Fact]
    public void A_unit_named_twice_gets_one_copy_asked_to_acknowledge()
    {
        var c = CaseBuilder.Initiated().Case;

        var message = Send(c, MessageKind.Initiative, [(TestData.KommunUnitId, MessagePurpose.Information), (TestData.KommunUnitId, MessagePurpose.Acknowledge)]);

        Assert.Equal(MessagePurpose.Acknowledge, Assert.Single(message.Recipients).Purpose);
    }

    [Fact]
    public void R_CASE_2_The_recipients_take_part_in_the_case_and_the_history_says_so()
    {
        var c = CaseBuilder.Initiated().Case;
        var message = Send(c, MessageKind.Initiative, [(TestData.KommunUnitId, MessagePurpose.Acknowledge), (TestData.OtherUnitId, MessagePurpose.Information)]);

        c.RecordMessageSent(message, TestData.RegionNurse, TestData.Now);

        Assert.Contains(c.Units, u => u.UnitId == TestData.KommunUnitId && u.Role == CaseUnitRole.Participant);
        Assert.Contains(c.Units, u => u.UnitId == TestData.OtherUnitId && u.Role == CaseUnitRole.Participant);
        Assert.Equal(CaseEventKind.InitiativeSent, c.History[^1].Kind);
        Assert.Equal(CaseEventKind.InitiativeSent, c.PendingEvents[^1].Kind);
        // Taking part is not seeing: before consent only the responsible unit sees the case.
        Assert.False(c.IsVisibleTo(TestData.KommunUnitId, TestData.Today));
        Assert.True(c.IsVisibleTo(TestData.RegionUnitId, TestData.Today));
    }

    [Fact]
    public void R_CONSENT_1_A_unit_told_of_the_case_sees_it_once_the_consent_covers_sharing()
    {
        var b = CaseBuilder.Initiated();
        b.Case.RecordMessageSent(Send(b.Case, MessageKind.Initiative), TestData.RegionNurse, TestData.Now);

        b.Consented();

        Assert.True(b.Case.IsVisibleTo(TestData.KommunUnitId, TestData.Today));
    }
}
