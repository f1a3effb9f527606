using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>One row of the session check: the user's security stamp, one of their assignments in the
/// acting organisation with its unit's kind, and one role held on it (assignment and role are null
/// when there is none).</summary>
public sealed record SessionRow(string? SecurityStamp, Guid? UnitId, UnitKind? UnitKind, string? Role);
