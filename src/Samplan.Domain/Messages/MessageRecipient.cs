using Samplan.Domain.Common;

namespace Samplan.Domain.Messages;

/// <summary>
/// One unit's copy of a message: whether and when it was read and acknowledged, and by whom. A row
/// of its own, never part of the case or of the message, so units reading and acknowledging at the
/// same moment each change only their own row and never conflict.
/// </summary>
public sealed class MessageRecipient
{
    private MessageRecipient()
    {
    }

    internal MessageRecipient(Guid messageId, Guid unitId, MessagePurpose purpose)
    {
        MessageId = messageId;
        UnitId = unitId;
        Purpose = purpose;
    }

    public Guid MessageId { get; private set; }

    public Guid UnitId { get; private set; }

    public MessagePurpose Purpose { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public string? ReadBy { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    /// <summary>The professional who acknowledged, by their user id, for the audit trail.</summary>
    public string? AcknowledgedByUserId { get; private set; }

    /// <summary>Asked to acknowledge and has not yet: what the inbox puts first and counts.</summary>
    public bool AwaitsAcknowledgement => Purpose == MessagePurpose.Acknowledge && AcknowledgedAt is null;

    /// <summary>The first reading is the one kept: a unit's later readings change nothing.</summary>
    /// <returns>True when this was the first reading.</returns>
    public bool MarkRead(StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (ReadAt is not null)
        {
            return false;
        }

        ReadAt = now;
        ReadBy = by.Name;
        return true;
    }

    /// <summary>Acknowledges for the unit (R-INIT-3). Refused for a message sent for information
    /// only, and a second time, with who acknowledged first.</summary>
    public void Acknowledge(StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        new Rules()
            .Require(by.UnitId == UnitId, "R-INIT-3", "message.not-recipient")
            .Require(Purpose == MessagePurpose.Acknowledge, "R-INIT-3", "message.information-only")
            .Require(AcknowledgedAt is null, "R-INIT-3", "message.already-acknowledged")
            .ThrowIfAny();

        MarkRead(by, now);
        AcknowledgedAt = now;
        AcknowledgedBy = by.Name;
        AcknowledgedByUserId = by.UserId;
    }
}
