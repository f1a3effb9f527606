using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Notices;

namespace Samplan.Web.Features.Notices;

/// <summary>A unit's notices as the outbox page shows them: those not delivered first (they need
/// someone to look), then the latest. Nothing in a notice names a person, so neither does the page.</summary>
public sealed class OutboxQuery(SamplanDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<Notice>> ForUnitAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var troubled = await db.Notices.AsNoTracking()
            .Where(n => n.UnitId == unitId && (n.State == NoticeState.Failed || n.State == NoticeState.NoAddress || (n.State == NoticeState.Pending && n.Attempts > 0)))
            .OrderByDescending(n => n.CreatedAt).Take(Limit).ToListAsync(cancellationToken);
        var latest = await db.Notices.AsNoTracking()
            .Where(n => n.UnitId == unitId)
            .OrderByDescending(n => n.CreatedAt).Take(Limit).ToListAsync(cancellationToken);
        return [.. troubled.Concat(latest.Where(n => troubled.All(t => t.Id != n.Id))).Take(Limit)];
    }

    /// <summary>The latest notice about a case's invitation for each invited unit: what the answer
    /// board shows, so the convener sees when a unit was not reached.</summary>
    public async Task<IReadOnlyDictionary<Guid, Notice>> InvitationNoticesAsync(Guid caseId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var notices = await db.Notices.AsNoTracking()
            .Where(n => n.CaseId == caseId && n.CreatedAt >= sentAt
                        && (n.Kind == NoticeKind.Invitation || n.Kind == NoticeKind.InvitationChanged || n.Kind == NoticeKind.InvitationReminder))
            .ToListAsync(cancellationToken);
        return notices.GroupBy(n => n.UnitId).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.CreatedAt).First());
    }
}
