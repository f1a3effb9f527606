using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.CaseEvents;

/// <summary>Tells the units of a case what they must not miss, in the same save as the change: the
/// unit a case is handed to (R-CASE-2), asked to acknowledge by the case's next deadline, and
/// every unit that took part when the SIP closes, loses its consent or goes to manual handling
/// (R-CASE-4), for information. The notices carry no words; each view shows the person only to a
/// unit that sees the case (Features/Inbox/MessageView), so a protected identity stays hidden.</summary>
public sealed class CaseNoticeHandler(CurrentStaff staff) : ICaseEventHandler
{
    public void Handle(CaseChanged change, SaveContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var e = change.Event;
        var notice = e.Kind switch
        {
            CaseEventKind.HandedOver => (Kind: MessageKind.HandedOver, Purpose: MessagePurpose.Acknowledge),
            CaseEventKind.Closed or CaseEventKind.ConsentWithdrawn or CaseEventKind.SwitchedToManualHandling => (Kind: MessageKind.CaseEnded, Purpose: MessagePurpose.Information),
            _ => ((MessageKind Kind, MessagePurpose Purpose)?)null,
        };
        if (notice is not { } n || e.ActorUnitId is not { } actorUnit)
        {
            return;
        }

        var sipCase = context.Db.ChangeTracker.Entries<SipCase>().Select(x => x.Entity).FirstOrDefault(c => c.Id == change.CaseId);
        if (sipCase is null)
        {
            return;
        }

        IEnumerable<Guid> recipients = n.Kind == MessageKind.HandedOver
            ? [sipCase.ResponsibleUnitId]
            : sipCase.Units.Select(u => u.UnitId).Distinct();
        var by = new StaffRef(staff.UserId, e.ActorName, actorUnit);
        var message = CaseMessage.Notice(Guid.CreateVersion7(), sipCase, n.Kind, recipients, n.Purpose, by, e.At);
        if (message.Recipients.Count > 0)
        {
            context.Db.Messages.Add(message);
        }
    }
}
