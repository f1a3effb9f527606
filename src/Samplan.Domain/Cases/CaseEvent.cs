namespace Samplan.Domain.Cases;

/// <summary>One line of the case's history as the participants see it. <see cref="Position"/> is
/// its place in the history when it happened (1 for the initiative); two parts of a case saved at
/// the same moment may both take the same next position, so it orders the history but does not
/// identify a line. A professional acts for <see cref="ActorUnitId"/>; the individual and a proxy
/// act for <see cref="OnBehalfOfIndividualId"/> (a proxy under <see cref="ProxyRelation"/>).</summary>
public sealed record CaseEvent(DateTimeOffset At, CaseEventKind Kind, string ActorName, Guid? ActorUnitId, string? Detail = null)
{
    public int Position { get; init; }

    public Actors.ActorKind ActorKind { get; init; }

    public Guid? OnBehalfOfIndividualId { get; init; }

    public Actors.ProxyRelation? ProxyRelation { get; init; }
}
