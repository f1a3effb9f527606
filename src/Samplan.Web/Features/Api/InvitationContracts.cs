using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Web.Features.Invitations;
using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Features.Api;

public sealed record InvitationsResponse(IReadOnlyList<InvitationItem> Items);

/// <summary>A current invitation with the acting unit's own answer row. Names no person: the
/// case's short reference, the meeting and the answer.</summary>
public sealed record InvitationItem(
    Guid InvitationId,
    int Sequence,
    Guid CaseId,
    string CaseReference,
    MeetingForm Form,
    DateOnly MeetingDate,
    TimeOnly StartTime,
    string Place,
    DateTimeOffset SentAt,
    bool Voided,
    InvitationAnswer Answer,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    string? Attendees,
    string? DeclineReason)
{
    /// <summary>When the meeting ends, when the convener gave it.</summary>
    public TimeOnly? EndTime { get; init; }

    /// <summary>A video meeting's link (R-CALL-10): the video service's address, no personal data.</summary>
    public string? MeetingLink { get; init; }

    /// <summary>The day answers are due: the convener's day, or else the meeting's.</summary>
    public DateOnly AnswerBy { get; init; }

    public static InvitationItem Of(Invitation invitation, InvitationReply reply)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(reply);
        return new InvitationItem(
            invitation.Id, invitation.Sequence, reply.CaseId, Domain.Cases.CaseReference.For(reply.CaseId), invitation.Form, invitation.MeetingDate, invitation.StartTime, invitation.Place,
            invitation.SentAt, invitation.Voided is not null, reply.Answer, reply.AcknowledgedAt, reply.AcknowledgedBy, reply.AnsweredAt, reply.AnsweredBy, reply.Attendees, reply.DeclineReason)
        {
            EndTime = invitation.EndTime,
            MeetingLink = invitation.MeetingLink,
            AnswerBy = invitation.AnswersDueOn,
        };
    }
}

/// <summary>An answer to the case's current invitation, naming the invitation and the version
/// (<c>sequence</c>) the caller showed; the same limits as the answer page's fields.</summary>
public sealed record AnswerRequest
{
    public required Guid InvitationId { get; init; }

    public required int Sequence { get; init; }

    /// <summary><c>acknowledge</c>, <c>accept</c> or <c>decline</c>.</summary>
    public required InvitationResponse Answer { get; init; }

    /// <summary>Who will attend, when accepting.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Attendees { get; init; }

    /// <summary>Why not, when declining: required then.</summary>
    [FieldLimit(InvitationReply.MaxTextLength)]
    public string? DeclineReason { get; init; }
}
