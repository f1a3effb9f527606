namespace Samplan.Domain.Cases;

public sealed record CaseUnit(Guid UnitId, CaseUnitRole Role);
