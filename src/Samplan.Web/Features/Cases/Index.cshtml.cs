using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

public sealed class IndexModel(CaseListQuery cases, CurrentStaff staff, SwedishClock clock, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public CasePhase? Phase { get; set; }

    [BindProperty(SupportsGet = true, Name = "show")]
    public CaseListShow Show { get; set; } = CaseListShow.Open;

    /// <summary>The page shown; the properties below read from it.</summary>
    private CaseListPage Shown { get; set; } = new([], 1, false, 0);

    public IReadOnlyList<CaseListRow> Rows => Shown.Rows;

    public int PageNumber => Shown.Number;

    public bool HasPrevious => Shown.HasPrevious;

    public bool HasNext => Shown.HasNext;

    public DateOnly Today { get; private set; }

    /// <summary>All matching cases due today or overdue, on this page or later ones.</summary>
    public int NeedAttention => Shown.NeedAttention;

    /// <summary>This list at another page, with the same search and filters.</summary>
    public string PageUrl(int pageNumber)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            query.Add(new("q", Search));
        }

        if (Phase is { } phase)
        {
            query.Add(new("phase", phase.ToString()));
        }

        query.Add(new("show", Show.ToString()));
        query.Add(new("page", pageNumber.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString("/", query);
    }

    /// <param name="page">The page asked for in the address line, as typed (see
    /// <see cref="CaseListQuery.ParsePage"/>): a string, so no value is a model-binding error, and
    /// from the query string only, because Razor Pages keeps the page's own path in the route value
    /// "page", which ordinary binding would read first.</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        Today = clock.Today;
        Shown = await cases.PageAsync(staff.UnitId!.Value, new CaseListFilter(ModelState.ValidOrNull(Search, "q"), Phase, Show), Today, CaseListQuery.ParsePage(page), cancellationToken);
        // The search text may itself be personal data, so only the filter's shape is logged.
        await audit.WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success,
            detail: $"show={Show}; phase={Phase?.ToString() ?? "any"}; search={(string.IsNullOrWhiteSpace(Search) ? "no" : "yes")}; rows={Rows.Count}; page={PageNumber}",
            cancellationToken: cancellationToken);
        // A masked row shows neither name nor number, so only the others count as shown.
        await audit.WritePeopleShownAsync(string.IsNullOrWhiteSpace(Search) ? "case list" : "case list search",
            Rows.Where(r => !r.IsProtected).Select(r => ((Guid?)r.Id, r.IndividualId)), cancellationToken);
    }
}
