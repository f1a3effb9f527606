using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Messages;

public class AcknowledgeTests
{
    private static CaseMessage Initiative() =>
        CaseMessage.Send(Guid.NewGuid(), CaseBuilder.Initiated().Case, MessageKind.Initiative,
            [(TestData.KommunUnitId, MessagePurpose.Acknowledge), (TestData.OtherUnitId, MessagePurpose.Information)], null, TestData.RegionNurse, TestData.Now);

    [Fact]
    public void R_INIT_3_A_recipient_acknowledges_with_who_and_when_and_has_then_read_it()
    {
        var recipient = Initiative().RecipientFor(TestData.KommunUnitId)!;

        recipient.Acknowledge(TestData.KommunOfficer, TestData.Now.AddHours(2));

        Assert.Equal(TestData.Now.AddHours(2), recipient.AcknowledgedAt);
        Assert.Equal("Karin Kommun", recipient.AcknowledgedBy);
        Assert.Equal("user-kommun", recipient.AcknowledgedByUserId);
        Assert.Equal(TestData.Now.AddHours(2), recipient.ReadAt);
        Assert.False(recipient.AwaitsAcknowledgement);
    }

    [Fact]
    public void R_INIT_3_A_second_acknowledgement_is_refused_and_the_first_stands()
    {
        var recipient = Initiative().RecipientFor(TestData.KommunUnitId)!;
        recipient.Acknowledge(TestData.KommunOfficer, TestData.Now);

        var ex = Assert.Throws<DomainRuleException>(() => recipient.Acknowledge(TestData.StaffOf(TestData.KommunUnitId), TestData.Now.AddHours(1)));

        Assert.True(ex.Has("message.already-acknowledged"));
        Assert.Equal(TestData.Now, recipient.AcknowledgedAt);
        Assert.Equal("Karin Kommun", recipient.AcknowledgedBy);
    }

    [Fact]
    public void R_INIT_3_A_message_for_information_needs_no_acknowledgement()
    {
        var recipient = Initiative().RecipientFor(TestData.OtherUnitId)!;

        Assert.True(Assert.Throws<DomainRuleException>(() => recipient.Acknowledge(TestData.OtherStaff, TestData.Now)).Has("message.information-only"));
        Assert.Null(recipient.AcknowledgedAt);
        Assert.False(recipient.AwaitsAcknowledgement);
    }

    [Fact]
    public void Only_the_recipient_unit_acknowledges_its_copy()
    {
        var recipient = Initiative().RecipientFor(TestData.KommunUnitId)!;

        Assert.True(Assert.Throws<DomainRuleException>(() => recipient.Acknowledge(TestData.OtherStaff, TestData.Now)).Has("message.not-recipient"));
    }

    [Fact]
    public void The_first_reading_is_kept()
    {
        var recipient = Initiative().RecipientFor(TestData.KommunUnitId)!;

        Assert.True(recipient.MarkRead(TestData.KommunOfficer, TestData.Now));
        Assert.False(recipient.MarkRead(TestData.StaffOf(TestData.KommunUnitId), TestData.Now.AddDays(1)));

        Assert.Equal(TestData.Now, recipient.ReadAt);
        Assert.Equal("Karin Kommun", recipient.ReadBy);
    }

    [Fact]
    public void R_INIT_4_An_initiative_not_acknowledged_after_its_day_is_overdue()
    {
        var message = Initiative();
        var recipient = message.RecipientFor(TestData.KommunUnitId)!;
        var due = message.AcknowledgeBy!.Value;

        Assert.False(message.IsOverdueFor(recipient, due));
        Assert.True(message.IsOverdueFor(recipient, due.AddDays(1)));
        recipient.Acknowledge(TestData.KommunOfficer, TestData.Now);
        Assert.False(message.IsOverdueFor(recipient, due.AddDays(1)));
        Assert.False(message.IsOverdueFor(message.RecipientFor(TestData.OtherUnitId)!, due.AddDays(1)));
    }
}
