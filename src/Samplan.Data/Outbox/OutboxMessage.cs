namespace Samplan.Data.Outbox;

/// <summary>Work a saved change leaves for later (mail, reminders, statistics): written in the same
/// transaction as the change, so a change never happens without its follow-up work being known,
/// nor the work without the change. A worker sets <see cref="ProcessedAt"/> once it is done.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What happened, by name (a <c>CaseEventKind</c> for case changes).</summary>
    public string Kind { get; set; } = string.Empty;

    public Guid? CaseId { get; set; }

    /// <summary>The event as JSON: ids, kind, time and detail, never a person's name or number.</summary>
    public string Payload { get; set; } = "{}";

    public DateTimeOffset? ProcessedAt { get; set; }
}
