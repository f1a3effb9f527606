using System.Linq.Expressions;
using Samplan.Data.CaseList;
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

    /// <summary>The same rule on the case list's lines (<see cref="CaseListEntry"/>), which hold a
    /// copy of the columns it reads: a line exists only for a unit taking part. It narrows what the
    /// list reads; the list applies <see cref="For"/> to the cases it shows as well.
    /// <c>CaseListEntriesTests</c> checks that both give the same answer.</summary>
    public static Expression<Func<CaseListEntry, bool>> ForListEntries(Guid unitId, DateOnly today) =>
        e => e.UnitId == unitId
             && (e.IsResponsible
                 || (e.IsSharedWithParticipants && (e.ConsentValidUntil == null || e.ConsentValidUntil >= today)));
}
