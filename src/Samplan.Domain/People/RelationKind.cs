namespace Samplan.Domain.People;

public enum RelationKind
{
    Guardian,
    Relative,
    GodMan,
    Forvaltare,
    Representative,
    Other,
}
