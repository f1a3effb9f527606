namespace Samplan.Domain.Actors;

/// <summary>Who did something in a case: a professional for a unit, the individual themselves,
/// or someone acting for the individual.</summary>
public enum ActorKind
{
    Professional,
    Individual,
    Proxy,
}
