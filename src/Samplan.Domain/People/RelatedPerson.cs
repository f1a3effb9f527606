namespace Samplan.Domain.People;

/// <summary>A guardian, relative or legal representative of the individual.</summary>
public sealed record RelatedPerson(string Name, RelationKind Relation, string? Phone = null);
