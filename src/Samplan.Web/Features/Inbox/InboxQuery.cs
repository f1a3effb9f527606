using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Messages;

namespace Samplan.Web.Features.Inbox;

/// <summary>A unit's inbox: everything that awaits its acknowledgement, due first, then the latest
/// of the rest. Rows carry no person, only the case's short reference, so listing them shows nobody.</summary>
public sealed class InboxQuery(SamplanDbContext db)
{
    /// <summary>How many already handled messages the inbox shows beside all that await acknowledgement.</summary>
    public const int OthersShown = 50;

    /// <summary>A bound on one page: a unit with more than this awaiting has a backlog to work
    /// through from the top, the most urgent first.</summary>
    public const int AwaitingShown = 500;

    public async Task<IReadOnlyList<InboxRow>> ForUnitAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var awaiting = await AwaitingAsync(unitId, today, cancellationToken);
        var others = await Rows(db.MessageRecipients.Where(r => r.UnitId == unitId && (r.Purpose != MessagePurpose.Acknowledge || r.AcknowledgedAt != null)), OthersShown)
            .ToListAsync(cancellationToken);
        return [.. awaiting, .. others];
    }

    /// <summary>Only what awaits the unit's acknowledgement, overdue first: the to-do page's list,
    /// which needs none of the handled messages.</summary>
    public async Task<IReadOnlyList<InboxRow>> AwaitingAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var awaiting = await Rows(db.MessageRecipients.Where(r => r.UnitId == unitId && r.Purpose == MessagePurpose.Acknowledge && r.AcknowledgedAt == null), AwaitingShown, dueFirst: true)
            .ToListAsync(cancellationToken);
        // What awaits is all listed, so it is ordered here: overdue first, then by its day.
        return [.. awaiting.OrderBy(r => r.IsOverdueOn(today) ? 0 : 1).ThenBy(r => r.AcknowledgeBy ?? DateOnly.MaxValue).ThenBy(r => r.SentAt)];
    }

    /// <summary><paramref name="take"/> of the recipients' messages as rows: the newest, or with
    /// <paramref name="dueFirst"/> those due first.</summary>
    private IQueryable<InboxRow> Rows(IQueryable<MessageRecipient> recipients, int take, bool dueFirst = false) =>
        from x in (dueFirst
                ? from r in recipients
                  join m in db.Messages on r.MessageId equals m.Id
                  orderby m.AcknowledgeBy, m.SentAt
                  select new { r, m }
                : from r in recipients
                  join m in db.Messages on r.MessageId equals m.Id
                  orderby m.SentAt descending
                  select new { r, m }).Take(take)
        let r = x.r
        let m = x.m
        select new InboxRow(m.Id, m.CaseId, m.Kind, m.SenderUnitId, m.SentAt, m.AcknowledgeBy, r.Purpose, r.ReadAt, r.AcknowledgedAt, r.AcknowledgedBy);
}

public sealed record InboxRow(
    Guid MessageId,
    Guid CaseId,
    MessageKind Kind,
    Guid SenderUnitId,
    DateTimeOffset SentAt,
    DateOnly? AcknowledgeBy,
    MessagePurpose Purpose,
    DateTimeOffset? ReadAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy)
{
    public bool Awaits => Purpose == MessagePurpose.Acknowledge && AcknowledgedAt is null;

    public bool IsOverdueOn(DateOnly today) => Awaits && AcknowledgeBy is { } due && today > due;

    public string CaseReference => Domain.Cases.CaseReference.For(CaseId);
}
