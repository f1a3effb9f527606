using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>The organisation's cases under an active protected identity mark, for its unit
/// administrators to lift a mistaken one (R-PROT-3). Only the case reference and the mark are
/// shown: an administrator does not see the case or the person.</summary>
[Authorize(Policy = SamplanRoles.UnitAdmin)]
public sealed class MarksModel(SamplanDbContext db, CurrentStaff staff, AuditLog audit) : PageModel
{
    public IReadOnlyList<MarkRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = staff.OrganisationId;
        var cases = await (from c in db.Cases
                           join u in db.Units on c.ResponsibleUnitId equals u.Id
                           where u.OrganisationId == organisation && c.Phase == CasePhase.ManualHandling
                           select new { c.Id, c.Protection, UnitName = u.Name })
                          .ToListAsync(cancellationToken);
        Rows = [.. cases
            .Where(c => c.Protection is { IsActive: true })
            .Select(c => new MarkRow(c.Id, CaseReference.For(c.Id), c.UnitName, c.Protection!))
            .OrderByDescending(r => r.Mark.MarkedAt)];
        await audit.WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success, detail: "protected identity marks", cancellationToken: cancellationToken);
    }
}

public sealed record MarkRow(Guid CaseId, string Reference, string ResponsibleUnitName, ProtectionMark Mark);
