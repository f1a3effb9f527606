using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

/// <summary>The named coordinator, their unit, and the huvudman whose organisation carries overall
/// responsibility for the plan (R-PLAN-7).</summary>
public sealed record Coordinator(string Name, Guid UnitId, Guid OrganisationId, OrganisationKind OrganisationKind);
