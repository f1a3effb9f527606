using Samplan.Data;
using Samplan.Domain.Messages;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Inbox;

/// <summary>The one rule for who sees a message about a case: its recipients, and the units that
/// see the case (<see cref="CaseVisibility"/>). Anyone else gets 404, as for the case itself. What
/// a message may show of the person is decided apart (<see cref="MessageView"/>).</summary>
public static class MessageVisibility
{
    public static IQueryable<CaseMessage> VisibleTo(SamplanDbContext db, Guid unitId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        var visibleCases = db.Cases.Where(CaseVisibility.For(unitId, today)).Select(c => c.Id);
        return db.Messages.Where(m => m.Recipients.Any(r => r.UnitId == unitId) || visibleCases.Contains(m.CaseId));
    }
}
