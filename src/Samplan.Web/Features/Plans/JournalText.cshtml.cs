using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Plans;

/// <summary>The agreed plan as a text for the acting unit's own record (R-DOC-3), to copy with one
/// click. Read-only; showing it is audited as an export of the plan.</summary>
public sealed class JournalTextModel(CaseRepository cases, UnitDirectory units, CurrentStaff staff) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    protected override AuditAction ReadAction => AuditAction.PlanExported;

    protected override CaseLoad Load => CaseLoad.ForReading;

    /// <summary>The text, or null when no plan is agreed yet.</summary>
    public string? Text { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.AgreedPlan is { } plan)
        {
            var known = await units.ForCaseAsync(Case, cancellationToken);
            string Name(Guid? id) => known.FirstOrDefault(u => u.Id == id)?.Name ?? "–";
            var caseUrl = new Uri($"{Request.Scheme}://{Request.Host}/cases/{Case.Id}");
            Text = JournalText.For(Case, plan, staff.UnitId!.Value, Name, caseUrl);
        }

        return Page();
    }
}
