namespace Samplan.Domain.Directory;

/// <summary>A unit already in Samplan whose HSA id occurs in an extract.</summary>
public sealed record ExistingUnit(Guid Id, Guid OrganisationId, string Name, UnitKind Kind = UnitKind.HealthCare);
