namespace Samplan.Domain.Cases;

/// <summary>The domain event a transition raises: what happened to which case, as its history
/// records it. The aggregate collects them until they are saved; whoever saves the case hands
/// them on (audit, history, outbox) in the same transaction as the change.</summary>
public sealed record CaseChanged(Guid CaseId, Guid IndividualId, CaseEvent Event)
{
    public CaseEventKind Kind => Event.Kind;
}
