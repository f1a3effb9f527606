using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

/// <summary>The acting unit's cases, soonest deadline first (R-CASE-1).</summary>
public sealed class CaseListQuery(SamplanDbContext db)
{
    public const int PageSize = 200;

    /// <summary>The highest page whose offset still fits an int: a page number from the address
    /// line is clamped to 1..MaxPage so a huge, negative or overflowing number never throws.</summary>
    public const int MaxPage = int.MaxValue / PageSize;

    /// <summary>Clamps a requested page (null, below 1 or above <see cref="MaxPage"/>) into range.</summary>
    public static int ClampPage(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);

    public async Task<IReadOnlyList<CaseListRow>> RunAsync(Guid unitId, CaseListFilter filter, DateOnly today, CancellationToken cancellationToken = default, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var skip = (ClampPage(page) - 1) * PageSize;
        var query = from c in db.Cases.Where(CaseVisibility.For(unitId, today))
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
            // A person with protected identity is never found by name or number (R-PROT-1).
            query = query.Where(x => !x.Individual.HasProtectedIdentity);
            // A typed personnummer, in any accepted form, is matched exactly through its unique
            // index (docs/benchmarks.md: 25 ms → 2 ms at 150,000 people); other text by substring.
            if (Personnummer.Parse(filter.Search, today).Value is { } number)
            {
                query = query.Where(x => x.Individual.Personnummer == number);
            }
            else
            {
                var term = filter.Search.Trim().ToLowerInvariant();
                query = query.Where(x => x.Individual.SearchText.Contains(term));
            }
        }

        var rows = await query
            .OrderBy(x => x.Case.NextDueOn == null)
            .ThenBy(x => x.Case.NextDueOn)
            .ThenBy(x => x.Individual.FamilyName)
            // Case id breaks ties so that consecutive pages neither overlap nor leave a gap.
            .ThenBy(x => x.Case.Id)
            .Skip(skip)
            .Take(PageSize)
            .Select(x => new CaseListRow(x.Case.Id, x.Individual.GivenName + " " + x.Individual.FamilyName, x.Individual.Personnummer, x.Individual.HasProtectedIdentity, x.Case.Phase, x.Case.NextDueOn, x.Case.Initiative, x.Case.Protection) { IndividualId = x.Individual.Id })
            .ToListAsync(cancellationToken);
        return rows;
    }
}

public enum CaseListShow
{
    Open,
    Closed,
    All,
}

public sealed record CaseListFilter(string? Search, CasePhase? Phase, CaseListShow Show);

/// <summary>One line of the list. A person with protected identity is masked: name and number
/// never leave the server in a list (R-PROT-1).</summary>
public sealed record CaseListRow(Guid Id, string Name, Personnummer Personnummer, bool IsProtected, CasePhase Phase, DateOnly? NextDueOn, Initiative Initiative, ProtectionMark? Protection = null)
{
    public DueKind? NextDueKind => Deadlines.KindOf(Phase, Initiative, NextDueOn);

    /// <summary>Whose name the row shows, for the audit of the view (PDL 8:5).</summary>
    public Guid IndividualId { get; init; }

    /// <summary>Shown on masked rows, so they can be told apart and matched with the case page.</summary>
    public string Reference => CaseReference.For(Id);

    public string ShownName => IsProtected ? Localization.L.T("Skyddade personuppgifter", "Protected identity") : Name;

    public string ShownNumber => IsProtected ? "********-****" : Personnummer.ToString();
}
