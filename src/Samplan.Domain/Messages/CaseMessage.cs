using Samplan.Domain.Cases;
using Samplan.Domain.Common;

namespace Samplan.Domain.Messages;

/// <summary>
/// A message about a case from one unit to others, each recipient marked for acknowledgement or
/// for information (R-INIT-3). It is stored beside the case, not in it, and each recipient's
/// reading and acknowledgement in a row of its own (<see cref="MessageRecipient"/>).
/// </summary>
public sealed class CaseMessage
{
    /// <summary>The longest text a message carries: a message, not a record.</summary>
    public const int MaxTextLength = 4000;

    private readonly List<MessageRecipient> _recipients = [];

    private CaseMessage()
    {
        SenderName = null!;
        SenderUserId = null!;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public MessageKind Kind { get; private set; }

    public Guid SenderUnitId { get; private set; }

    public string SenderName { get; private set; }

    public string SenderUserId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The sender's own words; only in a message that may name the person (below).</summary>
    public string? Text { get; private set; }

    /// <summary>Whether the message may concern the person by name: a discharge notice always
    /// (R-DISCH-1); any other message only when the consent let the case be shared when it was sent
    /// (R-CONSENT-1). Whoever shows it checks the consent again: a message does not outlive it.</summary>
    public bool MayNamePerson { get; private set; }

    /// <summary>The day by which a recipient asked to acknowledge should have done so: the first
    /// step's deadline for an initiative (R-INIT-4, R-INIT-5), else <see cref="Deadlines.AcknowledgementDays"/>.</summary>
    public DateOnly? AcknowledgeBy { get; private set; }

    public IReadOnlyList<MessageRecipient> Recipients => _recipients.AsReadOnly();

    /// <summary>Sends a message about <paramref name="sipCase"/>. Refused with every reason at once:
    /// no recipient, the sender among them, an initiative from a unit that does not answer for the
    /// case or after the invitation, a discharge notice without a discharge date, a recipient outside
    /// the case from a unit that may not add one, or own words before consent covers sharing.</summary>
    public static CaseMessage Send(Guid id, SipCase sipCase, MessageKind kind, IReadOnlyCollection<(Guid UnitId, MessagePurpose Purpose)> recipients, string? text, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(by);
        var today = DateOnly.FromDateTime(now.DateTime);
        var words = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var isInitiative = kind is MessageKind.Initiative or MessageKind.DischargeReady;
        var mayNamePerson = kind == MessageKind.DischargeReady || sipCase.IsSharedOn(today);
        var byResponsible = sipCase.ResponsibleUnitId == by.UnitId;

        new Rules()
            .Require(kind is MessageKind.Initiative or MessageKind.DischargeReady or MessageKind.Note, "R-INIT-3", "message.notice-not-sent", "Kind")
            .Require(sipCase.IsOpen, "R-INIT-3", "message.case-not-open")
            .Require(recipients.Count > 0, "R-INIT-3", "message.no-recipients", "Recipients")
            .Require(recipients.All(r => r.UnitId != by.UnitId), "R-INIT-3", "message.to-own-unit", "Recipients")
            .Require(!isInitiative || byResponsible, "R-INIT-3", "message.initiative-responsible-only", "Kind")
            .Require(!isInitiative || sipCase.Phase is CasePhase.Initiated or CasePhase.Preparing, "R-INIT-3", "message.initiative-too-late", "Kind")
            .Require(kind != MessageKind.DischargeReady || sipCase.Initiative.DischargeReadyOn is not null, "R-DISCH-1", "message.discharge-date-missing", "Kind")
            .Require(byResponsible || recipients.All(r => sipCase.Involves(r.UnitId)), "R-CASE-2", "message.recipient-not-in-case", "Recipients")
            .Require(words is null || mayNamePerson, "R-CONSENT-1", "message.text-before-consent", "Text")
            .Require(words is null || words.Length <= MaxTextLength, "R-INIT-3", "message.text-too-long", "Text")
            .ThrowIfAny();

        var message = new CaseMessage
        {
            Id = id,
            CaseId = sipCase.Id,
            Kind = kind,
            SenderUnitId = by.UnitId,
            SenderName = by.Name,
            SenderUserId = by.UserId,
            SentAt = now,
            Text = words,
            MayNamePerson = mayNamePerson,
        };

        // One row per unit: a unit named twice is asked to acknowledge if either asked it to.
        foreach (var recipient in recipients.GroupBy(r => r.UnitId))
        {
            var purpose = recipient.Any(r => r.Purpose == MessagePurpose.Acknowledge) ? MessagePurpose.Acknowledge : MessagePurpose.Information;
            message._recipients.Add(new MessageRecipient(id, recipient.Key, purpose));
        }

        if (message._recipients.Any(r => r.Purpose == MessagePurpose.Acknowledge))
        {
            message.AcknowledgeBy = isInitiative ? Deadlines.FirstStepDue(sipCase.Initiative) : today.AddDays(Deadlines.AcknowledgementDays);
        }

        return message;
    }

    /// <summary>A notice the system sends for a change to the case (a hand-over, the end of the
    /// SIP), written with the change that caused it. It carries no words, so it names nobody
    /// except to a unit that sees the case anyway (the page decides, as for every message).</summary>
    public static CaseMessage Notice(Guid id, SipCase sipCase, MessageKind kind, IEnumerable<Guid> recipients, MessagePurpose purpose, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(by);
        if (kind is not (MessageKind.HandedOver or MessageKind.CaseEnded or MessageKind.Invitation or MessageKind.InvitationChanged))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only invitations, hand-overs and endings are notices; other messages are sent.");
        }

        var message = new CaseMessage
        {
            Id = id,
            CaseId = sipCase.Id,
            Kind = kind,
            SenderUnitId = by.UnitId,
            SenderName = by.Name,
            SenderUserId = by.UserId,
            SentAt = now,
        };
        foreach (var unitId in recipients.Distinct().Where(u => u != by.UnitId))
        {
            message._recipients.Add(new MessageRecipient(id, unitId, purpose));
        }

        if (purpose == MessagePurpose.Acknowledge)
        {
            message.AcknowledgeBy = sipCase.NextDueOn ?? DateOnly.FromDateTime(now.DateTime).AddDays(Deadlines.AcknowledgementDays);
        }

        return message;
    }

    public MessageRecipient? RecipientFor(Guid unitId) => _recipients.FirstOrDefault(r => r.UnitId == unitId);

    /// <summary>Not acknowledged by a recipient asked to, after the day it was due.</summary>
    public bool IsOverdueFor(MessageRecipient recipient, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return recipient.AwaitsAcknowledgement && AcknowledgeBy is { } due && today > due;
    }
}
