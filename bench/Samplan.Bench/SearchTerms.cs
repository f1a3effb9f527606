using Samplan.Data;
using Samplan.Domain.People;
using Samplan.Web.Features.Cases;

namespace Samplan.Bench;

/// <summary>What a professional of the busiest unit types in the search box, taken from a person on
/// the unit's own list: a full name (selective), a family name (common) and a personnummer.</summary>
internal sealed record SearchTerms(string FullName, string FamilyName, Personnummer Number)
{
    public static async Task<SearchTerms> FindAsync(SamplanDbContext db, Guid unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await new CaseListQuery(db).RunAsync(unitId, new CaseListFilter(null, null, CaseListShow.All), today, cancellationToken);
        var person = rows.First(r => !r.IsProtected);
        return new SearchTerms(person.Name, person.Name.Split(' ')[^1], person.Personnummer);
    }
}
