namespace Samplan.Domain.Cases;

/// <summary>One line of the case's history as the participants see it.</summary>
public sealed record CaseEvent(DateTimeOffset At, CaseEventKind Kind, string ActorName, Guid ActorUnitId, string? Detail = null);
