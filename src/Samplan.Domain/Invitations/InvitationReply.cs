using Samplan.Domain.Cases;
using Samplan.Domain.Common;

namespace Samplan.Domain.Invitations;

/// <summary>
/// One invitee's answer to a kallelse (R-CALL-4): acknowledged, then accepted (with who will
/// attend) or declined with a reason. A row of its own per invitee, never inside the case, so five
/// units answering at once each change only their own row. Made for every invitee when the
/// invitation is sent; an invitee outside the system (a letter, R-CALL-6) has its answer recorded
/// by the convener.
/// </summary>
public sealed class InvitationReply
{
    private InvitationReply()
    {
        InviteeName = null!;
    }

    public Guid CaseId { get; private set; }

    public Guid InvitationId { get; private set; }

    public Guid InviteeId { get; private set; }

    /// <summary>The invited unit; null for an invitee outside the system.</summary>
    public Guid? UnitId { get; private set; }

    public string InviteeName { get; private set; }

    public InvitationAnswer Answer { get; private set; }

    /// <summary>When the invitation was sent: the reminder to answer counts from it.</summary>
    public DateTimeOffset InvitedAt { get; private set; }

    /// <summary>The convener's answer-by day, copied from the invitation so the reminder job can ask
    /// for it in SQL; a move never changes it (a meeting moved before it is handled where the
    /// reminder is made).</summary>
    public DateOnly? AnswerBy { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    /// <summary>Why the invitee will not come; the convener sees it.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>Who will attend for the invitee (R-CALL-4).</summary>
    public string? Attendees { get; private set; }

    public const int MaxTextLength = 1000;

    public static InvitationReply For(Guid caseId, Invitation invitation, Invitee invitee)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(invitee);
        return new InvitationReply
        {
            CaseId = caseId,
            InvitationId = invitation.Id,
            InviteeId = invitee.Id,
            UnitId = invitee.UnitId,
            InviteeName = invitee.Name,
            Answer = InvitationAnswer.NotAnswered,
            InvitedAt = invitation.SentAt,
            AnswerBy = invitation.AnswerBy,
        };
    }

    /// <summary>The invitee has seen the invitation; an answer already given stands.</summary>
    public void Acknowledge(Invitation current, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        Check(new Rules(), current, by, now).ThrowIfAny();
        AcknowledgeOnce(by, now);
        if (Answer == InvitationAnswer.NotAnswered)
        {
            Answer = InvitationAnswer.Acknowledged;
        }
    }

    /// <summary>Accepts, naming who will attend when the invitee says so.</summary>
    public void Accept(Invitation current, string? attendees, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        var names = Clean(attendees);
        Check(new Rules(), current, by, now)
            .Require(names is null || names.Length <= MaxTextLength, "R-CALL-4", "invitation.answer-too-long", nameof(Attendees))
            .ThrowIfAny();
        Set(InvitationAnswer.Accepted, null, names, by, now);
    }

    /// <summary>Declines; the reason is required, since the convener must know what to do instead.</summary>
    public void Decline(Invitation current, string? reason, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        var why = Clean(reason);
        Check(new Rules(), current, by, now)
            .Require(why is not null, "R-CALL-4", "invitation.decline-reason-missing", nameof(DeclineReason))
            .Require(why is null || why.Length <= MaxTextLength, "R-CALL-4", "invitation.answer-too-long", nameof(DeclineReason))
            .ThrowIfAny();
        Set(InvitationAnswer.Declined, why, null, by, now);
    }

    /// <summary>The convener records the answer of an invitee outside the system, who got a letter
    /// (R-CALL-6) and answered by phone or post. An invitee in the system answers itself.</summary>
    public void RecordByHand(Invitation current, InvitationAnswer answer, string? reason, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(by);
        var why = Clean(reason);
        new Rules()
            .Require(UnitId is null, "R-CALL-6", "invitation.answer-in-system")
            .Require(current.Id == InvitationId, "R-CALL-9", "invitation.replaced")
            .Require(current.Voided is null, "R-CALL-9", "invitation.voided")
            .Require(answer is InvitationAnswer.Accepted or InvitationAnswer.Declined, "R-CALL-4", "invitation.answer-missing", nameof(Answer))
            .Require(answer != InvitationAnswer.Declined || why is not null, "R-CALL-4", "invitation.decline-reason-missing", nameof(DeclineReason))
            .Require(why is null || why.Length <= MaxTextLength, "R-CALL-4", "invitation.answer-too-long", nameof(DeclineReason))
            .ThrowIfAny();
        Set(answer, answer == InvitationAnswer.Declined ? why : null, null, by, now);
    }

    /// <summary>An answer is for the invitation as it stands now, passed by the caller from the case:
    /// not one replaced by a newer invitation, not a voided one, and not after its (possibly moved)
    /// meeting day (R-CALL-9).</summary>
    private Rules Check(Rules rules, Invitation current, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return rules
            .Require(UnitId == by.UnitId, "R-CALL-4", "invitation.not-invitee")
            .Require(current.Id == InvitationId, "R-CALL-9", "invitation.replaced")
            .Require(current.Voided is null, "R-CALL-9", "invitation.voided")
            .Require(DateOnly.FromDateTime(now.DateTime) <= current.MeetingDate, "R-CALL-4", "invitation.answer-after-meeting");
    }

    private void Set(InvitationAnswer answer, string? reason, string? attendees, StaffRef by, DateTimeOffset now)
    {
        AcknowledgeOnce(by, now);
        Answer = answer;
        DeclineReason = reason;
        Attendees = attendees;
        AnsweredAt = now;
        AnsweredBy = by.Name;
    }

    private void AcknowledgeOnce(StaffRef by, DateTimeOffset now)
    {
        if (AcknowledgedAt is null)
        {
            AcknowledgedAt = now;
            AcknowledgedBy = by.Name;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
