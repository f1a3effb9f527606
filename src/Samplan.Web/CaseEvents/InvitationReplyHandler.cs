using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Domain.Messages;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.CaseEvents;

/// <summary>When a kallelse is sent, each invitee gets its answer row (R-CALL-4) and each invited
/// unit a message in its inbox, in the same save as the invitation: an invitation is never sent
/// without the means to answer it.</summary>
public sealed class InvitationReplyHandler(CurrentStaff staff) : ICaseEventHandler
{
    public void Handle(CaseChanged change, SaveContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Kind != CaseEventKind.InvitationSent || change.Event.ActorUnitId is not { } actorUnit)
        {
            return;
        }

        var sipCase = context.Db.ChangeTracker.Entries<SipCase>().Select(x => x.Entity).FirstOrDefault(c => c.Id == change.CaseId);
        if (sipCase?.CurrentInvitation is not { } invitation)
        {
            return;
        }

        context.Db.InvitationReplies.AddRange(invitation.Invitees.Select(i => InvitationReply.For(sipCase.Id, invitation, i)));
        var units = invitation.Invitees.Select(i => i.UnitId).OfType<Guid>();
        var notice = CaseMessage.Notice(Guid.CreateVersion7(), sipCase, MessageKind.Invitation, units, MessagePurpose.Information,
            new Domain.Common.StaffRef(staff.UserId, change.Event.ActorName, actorUnit), change.Event.At);
        if (notice.Recipients.Count > 0)
        {
            context.Db.Messages.Add(notice);
        }
    }
}
