using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.Invitations;
using Samplan.Domain.Messages;

namespace Samplan.Bench;

/// <summary>
/// The inbox side of the generated cases: the rows the app writes along a case's road, made with
/// the domain's own <see cref="CaseMessage"/>, <see cref="MessageRecipient"/> and
/// <see cref="InvitationReply"/> so they are what the app would store. The initiative that the
/// message page sends to the units that are to take part (most initiatives; the rest start by
/// phone); the answer rows and the inbox notice of a kallelse (as InvitationReplyHandler writes
/// them); the notice to every unit when a SIP ends (as CaseNoticeHandler does). Each recipient
/// reads and acknowledges, and each invited unit answers, some hours to days after the sending,
/// as long as that lies before the generation's "now": so the young cases leave the inboxes with
/// what still awaits acknowledgement, and a few forgotten ones leave an overdue backlog. One per
/// batch of cases; not thread-safe.
/// </summary>
internal sealed class CaseMail(Random random, DateTimeOffset now, Func<Guid, StaffRef> staffOf)
{
    /// <summary>Per thousand recipients asked to acknowledge: never does (the overdue backlog).</summary>
    private const int ForgottenPerMille = 15;

    private static readonly string[] DeclineReasons =
    [
        "Ingen personal ledig den dagen; vi skickar underlag i förväg.",
        "Vi deltar per telefon i stället.",
        "Vi har inget pågående stöd för personen.",
    ];

    public List<CaseMessage> Messages { get; } = [];

    public List<InvitationReply> Replies { get; } = [];

    public int Recipients { get; private set; }

    /// <summary>The initiative (a discharge notice when the person is utskrivningsklar) to the units
    /// that are to take part: asked to acknowledge, other actors for information. Sent before consent,
    /// so without own words (R-CONSENT-1); the units take part from now on (RecordMessageSent).</summary>
    public void Initiative(SipCase sipCase, IReadOnlyList<BenchUnit> units, StaffRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(units);
        if (random.Next(10) >= 7 || units.Count == 0)
        {
            return;
        }

        var kind = sipCase.Initiative.DischargeReadyOn is null ? MessageKind.Initiative : MessageKind.DischargeReady;
        var recipients = units
            .Select(u => (u.Id, u.Kind == OrganisationKind.OtherActor ? MessagePurpose.Information : MessagePurpose.Acknowledge))
            .ToList();
        var message = CaseMessage.Send(SyntheticPeople.RandomGuid(random), sipCase, kind, recipients, null, by, at);
        sipCase.RecordMessageSent(message, by, at);
        Add(message);
    }

    /// <summary>The kallelse just sent: an answer row per invitee and a notice to the invited units.
    /// Units answer within three days (most accept, some decline with a reason, some only see it);
    /// the convener records a letter's answer by hand for half of those invited by letter.</summary>
    public void Invitation(SipCase sipCase, StaffRef by)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(by);
        var invitation = sipCase.CurrentInvitation ?? throw new InvalidOperationException("No invitation was sent.");
        foreach (var invitee in invitation.Invitees)
        {
            var reply = InvitationReply.For(sipCase.Id, invitation, invitee);
            var at = invitation.SentAt.AddHours(random.Next(2, 72));
            if (at <= now && DateOnly.FromDateTime(at.DateTime) <= invitation.MeetingDate)
            {
                if (invitee.UnitId is { } unitId)
                {
                    var staff = staffOf(unitId);
                    var ticket = random.Next(100);
                    if (ticket < 70)
                    {
                        reply.Accept(invitation, random.Next(2) == 0 ? staff.Name : null, staff, at);
                    }
                    else if (ticket < 85)
                    {
                        reply.Decline(invitation, DeclineReasons[random.Next(DeclineReasons.Length)], staff, at);
                    }
                    else if (ticket < 95)
                    {
                        reply.Acknowledge(invitation, staff, at);
                    }
                }
                else if (random.Next(2) == 0)
                {
                    reply.RecordByHand(invitation, InvitationAnswer.Accepted, null, by, at);
                }
            }

            Replies.Add(reply);
        }

        var notice = CaseMessage.Notice(SyntheticPeople.RandomGuid(random), sipCase, MessageKind.Invitation,
            invitation.Invitees.Select(i => i.UnitId).OfType<Guid>(), MessagePurpose.Information, by, invitation.SentAt);
        if (notice.Recipients.Count > 0)
        {
            Add(notice);
        }
    }

    /// <summary>The SIP has ended (closed, consent withdrawn, manual handling): every unit that took part is told.</summary>
    public void Ended(SipCase sipCase, StaffRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        var notice = CaseMessage.Notice(SyntheticPeople.RandomGuid(random), sipCase, MessageKind.CaseEnded,
            sipCase.Units.Select(u => u.UnitId).Distinct(), MessagePurpose.Information, by, at);
        if (notice.Recipients.Count > 0)
        {
            Add(notice);
        }
    }

    /// <summary>Each recipient reads within four days; one asked to acknowledge does so when it reads,
    /// unless it is one of the few that forget.</summary>
    private void Add(CaseMessage message)
    {
        foreach (var recipient in message.Recipients)
        {
            var at = message.SentAt.AddHours(random.Next(1, 96));
            if (at > now)
            {
                continue;
            }

            var staff = staffOf(recipient.UnitId);
            if (recipient.Purpose == MessagePurpose.Acknowledge && random.Next(1000) >= ForgottenPerMille)
            {
                recipient.Acknowledge(staff, at);
            }
            else if (random.Next(10) < 8)
            {
                recipient.MarkRead(staff, at);
            }
        }

        Recipients += message.Recipients.Count;
        Messages.Add(message);
    }
}
