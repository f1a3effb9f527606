using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

/// <summary>
/// Another open SIP for the same person that the acting unit takes part in, so a second one is
/// not started by mistake. Only through <see cref="CaseVisibility"/>: a SIP the unit may not see
/// is never hinted at, not even by its existence (R-CONSENT-1, R-PROT-1).
/// </summary>
public sealed class OtherOpenCaseQuery(SamplanDbContext db)
{
    /// <summary>The query, by the case's id alone, so that <see cref="CaseRepository.FindAsync"/>
    /// reads it as a subquery of the case's own statement (<see cref="CaseLoad.OtherOpenCase"/>).</summary>
    public IQueryable<Guid?> For(Guid caseId, Guid unitId, DateOnly today)
    {
        // The same person may have a record in each organisation: match them by number.
        var numbers = from c in db.Cases
                      join own in db.Individuals on c.IndividualId equals own.Id
                      where c.Id == caseId
                      select own.Personnummer;
        var samePerson = from i in db.Individuals
                         where numbers.Contains(i.Personnummer)
                         select i.Id;
        return db.Cases
            .Where(CaseVisibility.For(unitId, today))
            .Where(c => samePerson.Contains(c.IndividualId) && c.Id != caseId
                        && c.Phase != CasePhase.Closed && c.Phase != CasePhase.ManualHandling)
            .OrderBy(c => c.CreatedAt)
            .Select(c => (Guid?)c.Id);
    }
}
