namespace Samplan.Domain.Directory;

/// <summary>Regions and municipalities are huvudmän with a duty to plan; other actors take part.</summary>
public enum OrganisationKind
{
    Region,
    Kommun,
    OtherActor,
}
