using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>The acting unit as this request's session check read it from the database: its kind
/// decides what the unit may do on a case (CaseRelations), so a page need not read the unit again.
/// Set only on a request whose session was confirmed; it lives as long as the request.</summary>
public sealed record ActingUnitFeature(Guid UnitId, UnitKind Kind);
