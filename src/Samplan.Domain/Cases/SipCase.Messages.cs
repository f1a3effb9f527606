using Samplan.Domain.Common;
using Samplan.Domain.Messages;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Records a message sent about the case (<see cref="CaseMessage.Send"/> checked it):
    /// its recipients take part in the case from now on, as prospective participants (R-INIT-3,
    /// R-CASE-2), and the history says so. Taking part is not seeing: a unit that does not answer
    /// for the case still sees it only when the consent covers sharing.</summary>
    public void RecordMessageSent(CaseMessage message, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(by);
        if (message.CaseId != Id)
        {
            throw new DomainRuleException("R-INIT-3", "message.other-case");
        }

        foreach (var recipient in message.Recipients.Where(r => !Involves(r.UnitId)))
        {
            AddUnit(recipient.UnitId, CaseUnitRole.Participant);
        }

        var kind = message.Kind switch
        {
            MessageKind.Initiative or MessageKind.DischargeReady => CaseEventKind.InitiativeSent,
            MessageKind.Note => CaseEventKind.MessageSent,
            MessageKind.HandedOver or MessageKind.CaseEnded or MessageKind.Invitation or MessageKind.InvitationChanged => throw new DomainRuleException("R-INIT-3", "message.notice-not-sent"),
        };
        Record(kind, by, now, message.Recipients.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
