using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Messages;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Inbox;

/// <summary>Every message about the case, with each recipient's reading and acknowledgement, for
/// the units that see the case (R-CASE-1: the case gathers its messages).</summary>
public sealed class CaseMessagesModel(CaseRepository cases, SamplanDbContext db, UnitDirectory directory, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    protected override CaseLoad Load => CaseLoad.ForReading;

    protected override AuditAction ReadAction => AuditAction.CaseViewed;

    public IReadOnlyList<CaseMessage> Messages { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UnitInfo> Units { get; private set; } = new Dictionary<Guid, UnitInfo>();

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Messages = await db.Messages.AsNoTracking().Include(m => m.Recipients)
            .Where(m => m.CaseId == Id).OrderByDescending(m => m.SentAt).ToListAsync(cancellationToken);
        var ids = Messages.SelectMany(m => m.Recipients.Select(r => r.UnitId).Append(m.SenderUnitId)).Distinct();
        Units = (await directory.ByIdsAsync(ids, cancellationToken)).ToDictionary(u => u.Id);
        return Page();
    }

    public string UnitName(Guid unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Label : Localization.L.T("Okänd enhet", "Unknown unit");
}
