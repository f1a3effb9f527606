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
    public Task<Guid?> FindAsync(SipCase sipCase, Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        // The same person may have a record in each organisation: match them by number.
        var samePerson = from i in db.Individuals
                         join own in db.Individuals on i.Personnummer equals own.Personnummer
                         where own.Id == sipCase.IndividualId
                         select i.Id;
        return db.Cases
            .Where(CaseVisibility.For(unitId, today))
            .Where(c => samePerson.Contains(c.IndividualId) && c.Id != sipCase.Id
                        && c.Phase != CasePhase.Closed && c.Phase != CasePhase.ManualHandling)
            .OrderBy(c => c.CreatedAt)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
