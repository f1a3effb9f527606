using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.People;

namespace Samplan.Web.Features.Cases;

/// <summary>The acting unit's cases, soonest deadline first (R-CASE-1).</summary>
public sealed class CaseListQuery(SamplanDbContext db)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<CaseListRow>> RunAsync(Guid unitId, CaseListFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = from c in db.Cases
                    where c.Units.Any(u => u.UnitId == unitId)
                    join i in db.Individuals on c.IndividualId equals i.Id
                    select new { Case = c, Individual = i };

        query = filter.Show switch
        {
            CaseListShow.Open => query.Where(x => x.Case.Phase != CasePhase.Closed),
            CaseListShow.Closed => query.Where(x => x.Case.Phase == CasePhase.Closed),
            CaseListShow.All => query,
        };

        if (filter.Phase is { } phase)
        {
            query = query.Where(x => x.Case.Phase == phase);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = SearchTerm(filter.Search, today);
            query = query.Where(x => x.Individual.SearchText.Contains(term));
        }

        var rows = await query
            .OrderBy(x => x.Case.NextDueOn == null)
            .ThenBy(x => x.Case.NextDueOn)
            .ThenBy(x => x.Individual.FamilyName)
            .Take(PageSize)
            .Select(x => new CaseListRow(x.Case.Id, x.Individual.GivenName + " " + x.Individual.FamilyName, x.Individual.Personnummer, x.Case.Phase, x.Case.NextDueOn))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>A typed personnummer in any accepted form matches its stored twelve digits.</summary>
    private static string SearchTerm(string search, DateOnly today)
    {
        var parsed = Personnummer.Parse(search, today);
        return parsed.Value?.Value ?? search.Trim().ToLowerInvariant();
    }
}

public enum CaseListShow
{
    Open,
    Closed,
    All,
}

public sealed record CaseListFilter(string? Search, CasePhase? Phase, CaseListShow Show);

public sealed record CaseListRow(Guid Id, string Name, Personnummer Personnummer, CasePhase Phase, DateOnly? NextDueOn);
