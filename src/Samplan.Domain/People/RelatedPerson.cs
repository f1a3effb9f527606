namespace Samplan.Domain.People;

/// <summary>A guardian, relative or legal representative of the individual. <see cref="Personnummer"/>
/// (12 digits, optional) identifies a guardian or representative so that they can sign in later.</summary>
public sealed record RelatedPerson(string Name, RelationKind Relation, string? Phone = null, string? Personnummer = null);
