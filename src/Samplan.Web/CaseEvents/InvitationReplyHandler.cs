using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Domain.Messages;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.CaseEvents;

/// <summary>When a kallelse is sent, each invitee gets its answer row (R-CALL-4) and each invited
/// unit a message in its inbox, in the same save as the invitation: an invitation is never sent
/// without the means to answer it. A move or a voiding tells the same units (R-CALL-9).</summary>
public sealed class InvitationReplyHandler(CurrentStaff staff) : ICaseEventHandler
{
    public void Handle(CaseChanged change, SaveContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Kind is not (CaseEventKind.InvitationSent or CaseEventKind.InvitationMoved or CaseEventKind.InvitationVoided)
            || change.Event.ActorUnitId is not { } actorUnit)
        {
            return;
        }

        var sipCase = context.Db.ChangeTracker.Entries<SipCase>().Select(x => x.Entity).FirstOrDefault(c => c.Id == change.CaseId);
        if (sipCase?.CurrentInvitation is not { } invitation)
        {
            return;
        }

        // A moved or voided invitation keeps its rows (the answers stand, or can no longer be given);
        // only a new one gets rows of its own.
        if (change.Kind == CaseEventKind.InvitationSent)
        {
            context.Db.InvitationReplies.AddRange(invitation.Invitees.Select(i => InvitationReply.For(sipCase.Id, invitation, i)));
        }

        var units = invitation.Invitees.Select(i => i.UnitId).OfType<Guid>();
        var kind = change.Kind == CaseEventKind.InvitationSent ? MessageKind.Invitation : MessageKind.InvitationChanged;
        var notice = CaseMessage.Notice(Guid.CreateVersion7(), sipCase, kind, units, MessagePurpose.Information,
            new Domain.Common.StaffRef(staff.UserId, change.Event.ActorName, actorUnit), change.Event.At);
        if (notice.Recipients.Count > 0)
        {
            context.Db.Messages.Add(notice);
        }
    }
}
