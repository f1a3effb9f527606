using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.People;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>Every organisation's record of one personnummer: protected identity follows the person,
/// not the record, so marking and lifting reach the SIPs of all of them. Nothing read here is shown
/// to the acting unit.</summary>
public static class SamePersonRecords
{
    public static Task<List<Individual>> OfAsync(SamplanDbContext db, Individual individual, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(individual);
        return db.Individuals.Where(i => i.Personnummer == individual.Personnummer).ToListAsync(cancellationToken);
    }
}
