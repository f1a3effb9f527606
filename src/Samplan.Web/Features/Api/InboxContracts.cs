using Samplan.Domain.Messages;

namespace Samplan.Web.Features.Api;

/// <summary>A unit as the API names it: its id and the label the pages show.</summary>
public sealed record ApiUnit(Guid Id, string Name);

public sealed record InboxResponse(IReadOnlyList<InboxItem> Items, int Awaiting, int Overdue);

/// <summary>One inbox row; it names no person, only the case's short reference.</summary>
public sealed record InboxItem(
    Guid MessageId,
    Guid CaseId,
    string CaseReference,
    MessageKind Kind,
    MessagePurpose Purpose,
    ApiUnit Sender,
    DateTimeOffset SentAt,
    DateOnly? AcknowledgeBy,
    bool Overdue,
    bool AwaitsAcknowledgement,
    DateTimeOffset? ReadAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy);

/// <summary>One message as the message page shows it. <see cref="Person"/> and <see cref="Text"/>
/// are null when the unit may not see them (no consent covering it, protected identity).</summary>
public sealed record MessageDetail(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    MessageKind Kind,
    ApiUnit Sender,
    string SenderName,
    DateTimeOffset SentAt,
    DateOnly? AcknowledgeBy,
    OwnCopy? Own,
    MessagePerson? Person,
    DateOnly? DischargeReadyOn,
    DateOnly? InvitationBy,
    string? Text,
    bool SeesCase,
    IReadOnlyList<RecipientStatus> Recipients);

public sealed record MessagePerson(string Name, string Personnummer);

/// <summary>The acting unit's own copy of a message.</summary>
public sealed record OwnCopy(Guid MessageId, MessagePurpose Purpose, bool AwaitsAcknowledgement, bool Overdue, DateTimeOffset? ReadAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy)
{
    public static OwnCopy Of(CaseMessage message, MessageRecipient own, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(own);
        return new OwnCopy(message.Id, own.Purpose, own.AwaitsAcknowledgement, own.AwaitsAcknowledgement && message.IsOverdueFor(own, today), own.ReadAt, own.AcknowledgedAt, own.AcknowledgedBy);
    }
}

public sealed record RecipientStatus(ApiUnit Unit, MessagePurpose Purpose, DateTimeOffset? ReadAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, bool Overdue);
