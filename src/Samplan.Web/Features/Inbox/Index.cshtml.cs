using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Inbox;

/// <summary>The acting unit's inbox (R-INIT-3): what awaits its acknowledgement first, overdue at
/// the top, then the latest of the rest. Audited as a view; it names no person.</summary>
public sealed class IndexModel(InboxQuery inbox, UnitDirectory directory, CurrentStaff staff, SwedishClock clock, AuditLog audit) : PageModel
{
    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UnitInfo> Senders { get; private set; } = new Dictionary<Guid, UnitInfo>();

    public DateOnly Today => clock.Today;

    public int Awaiting => Rows.Count(r => r.Awaits);

    public int Overdue => Rows.Count(r => r.IsOverdueOn(Today));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var unitId = staff.UnitId!.Value;
        Rows = await inbox.ForUnitAsync(unitId, Today, cancellationToken);
        Senders = (await directory.ByIdsAsync(Rows.Select(r => r.SenderUnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id);
        await audit.WriteAsync(AuditAction.InboxViewed, AuditOutcome.Success, cancellationToken: cancellationToken);
    }

    public string SenderName(Guid unitId) => Senders.TryGetValue(unitId, out var unit) ? unit.Label : Localization.L.T("Okänd enhet", "Unknown unit");
}
