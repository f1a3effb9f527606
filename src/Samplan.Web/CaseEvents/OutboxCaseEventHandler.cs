using System.Text.Json;
using Samplan.Data.Outbox;
using Samplan.Domain.Cases;

namespace Samplan.Web.CaseEvents;

/// <summary>Leaves every case change in the outbox for the work that follows it later (mail,
/// reminders, statistics). The payload carries ids and the event, not the person's name or number.</summary>
public sealed class OutboxCaseEventHandler(TimeProvider time) : ICaseEventHandler
{
    public void Handle(CaseChanged change, SaveContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var e = change.Event;
        context.Db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            CreatedAt = time.GetUtcNow(),
            Kind = e.Kind.ToString(),
            CaseId = change.CaseId,
            Payload = JsonSerializer.Serialize(new Payload(change.CaseId, change.IndividualId, e.Kind.ToString(), e.At, e.ActorUnitId, e.Position, e.Detail), Samplan.Data.JsonColumn.Options),
        });
    }

    private sealed record Payload(Guid CaseId, Guid IndividualId, string Kind, DateTimeOffset At, Guid? ActorUnitId, int Position, string? Detail);
}
