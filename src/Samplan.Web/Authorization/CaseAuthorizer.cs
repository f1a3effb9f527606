using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Authorization;

/// <summary>The acting unit's relations to a loaded case, for <see cref="CaseAccess"/> to decide
/// each operation by. Which cases the unit sees at all is <see cref="CaseVisibility"/>'s rule.</summary>
public sealed class CaseAuthorizer(CurrentStaff staff, SamplanDbContext db)
{
    private UnitKind? unitKind;

    public async Task<CaseRelation> RelationsAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        if (staff.UnitId is not { } unitId)
        {
            return CaseRelation.None;
        }

        // The session check has read the kind with the assignment on this request; the query is for
        // a request it did not confirm. A unit missing from the directory is treated as no
        // huvudman: it gets the least.
        unitKind ??= staff.UnitKind ?? await db.Units.Where(u => u.Id == unitId).Select(u => (UnitKind?)u.Kind).SingleOrDefaultAsync(cancellationToken) ?? UnitKind.OtherActor;
        return CaseRelations.Of(sipCase, unitId, unitKind.Value);
    }

    /// <summary>Null when the acting unit may do the operation; otherwise why not.</summary>
    public async Task<RuleViolation?> RefusalAsync(SipCase sipCase, CaseOperation operation, CancellationToken cancellationToken = default) =>
        CaseAccess.Allows(operation, await RelationsAsync(sipCase, cancellationToken));
}
