using Microsoft.AspNetCore.Mvc;
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

    public IReadOnlyList<CaseListRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int NeedAttention => Rows.Count(r => r.NextDueOn is { } due && due <= Today);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        Rows = await cases.RunAsync(staff.UnitId!.Value, new CaseListFilter(ModelState.ValidOrNull(Search, "q"), Phase, Show), Today, cancellationToken);
        // The search text may itself be personal data, so only the filter's shape is logged.
        await audit.WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success,
            detail: $"show={Show}; phase={Phase?.ToString() ?? "any"}; search={(string.IsNullOrWhiteSpace(Search) ? "no" : "yes")}; rows={Rows.Count}",
            cancellationToken: cancellationToken);
        // A masked row shows neither name nor number, so only the others count as shown.
        await audit.WritePeopleShownAsync(string.IsNullOrWhiteSpace(Search) ? "case list" : "case list search",
            Rows.Where(r => !r.IsProtected).Select(r => ((Guid?)r.Id, r.IndividualId)), cancellationToken);
    }
}
