using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

public sealed class DetailsModel(CaseRepository cases, UnitDirectory units, SwedishClock clock, CurrentStaff staff, OtherOpenCaseQuery otherOpen) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    /// <summary>Another open SIP for the same person that this unit takes part in and may see.</summary>
    public Guid? OtherOpenCaseId { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    protected override AuditAction ReadAction => AuditAction.CaseViewed;

    public DateOnly Today { get; private set; }

    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "–";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Units = await units.ForCaseAsync(Case, cancellationToken);
        Today = clock.Today;
        if (Case.IsOpen && staff.UnitId is { } unitId)
        {
            OtherOpenCaseId = await otherOpen.FindAsync(Case, unitId, Today, cancellationToken);
        }

        return Page();
    }
}
