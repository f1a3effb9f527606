using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.People;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Bench;

/// <summary>
/// Variants of app queries that the bench measures beside the real ones, as proposals, not as app
/// code. Each returns what the real one returns; only the way it asks differs.
/// </summary>
internal static class CandidateQueries
{
    /// <summary>CaseListQuery with a term that parses as a personnummer matched exactly on the unique
    /// index; visibility, protected identity, order, page size and projection are copied.</summary>
    public static async Task<IReadOnlyList<CaseListRow>> ListByPersonnummerAsync(SamplanDbContext db, Guid unitId, Personnummer number, DateOnly today, CancellationToken cancellationToken)
    {
        var query = from c in db.Cases.Where(CaseVisibility.For(unitId, today))
                    join i in db.Individuals on c.IndividualId equals i.Id
                    where !i.HasProtectedIdentity && i.Personnummer == number
                    select new { Case = c, Individual = i };
        return await query
            .OrderBy(x => x.Case.NextDueOn == null)
            .ThenBy(x => x.Case.NextDueOn)
            .ThenBy(x => x.Individual.FamilyName)
            .Take(CaseListQuery.PageSize)
            .Select(x => new CaseListRow(x.Case.Id, x.Individual.GivenName + " " + x.Individual.FamilyName, x.Individual.Personnummer, x.Individual.HasProtectedIdentity, x.Case.Phase, x.Case.NextDueOn, x.Case.Initiative))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The auditor's organisation-wide count as two counts, each on its own index, instead
    /// of one count over <c>OrganisationId = @org OR SubjectOrganisationId = @org</c>.</summary>
    public static async Task<int> CountOrganisationSplitAsync(SamplanDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var own = await db.AuditEvents.CountAsync(e => e.OrganisationId == organisationId, cancellationToken);
        var attempts = await db.AuditEvents.CountAsync(e => e.SubjectOrganisationId == organisationId && e.OrganisationId != organisationId, cancellationToken);
        return own + attempts;
    }
}
