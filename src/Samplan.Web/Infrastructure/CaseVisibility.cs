using System.Linq.Expressions;
using Samplan.Domain.Cases;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// The one rule for who sees a case, as a query: the unit takes part in it, and either answers for
/// it or the individual's consent lets it be shared today (R-CONSENT-1, -5, -8; R-PROT-1). It
/// mirrors <see cref="SipCase.IsVisibleTo"/>, which the domain tests cover.
/// </summary>
public static class CaseVisibility
{
    public static Expression<Func<SipCase, bool>> For(Guid unitId, DateOnly today) =>
        c => c.Units.Any(u => u.UnitId == unitId)
             && (c.ResponsibleUnitId == unitId
                 || (c.IsSharedWithParticipants && (c.ConsentValidUntil == null || c.ConsentValidUntil >= today)));
}
