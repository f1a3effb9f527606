using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Features.Audit;

/// <summary>One page of matching events, newest first. Ordered by sequence, which is unique and
/// follows time, so pages never overlap or skip.</summary>
public sealed class AuditEventSearch(SamplanDbContext db)
{
    public const int PageSize = 100;

    public async Task<AuditSearchPage> RunAsync(AuditEventFilter filter, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.Apply(db.AuditEvents.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        // A page number past the end (typed into the URL) shows the last page; the offset is
        // computed in long so int.MaxValue cannot overflow into a negative Skip.
        var lastPage = (int)Math.Max(1, ((long)total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, lastPage);
        var events = await query
            .OrderByDescending(e => e.Seal!.Sequence)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditSearchPage(events, total, page, pageSize);
    }
}

public sealed record AuditSearchPage(IReadOnlyList<AuditEvent> Events, int Total, int Page, int PageSize)
{
    public int FirstShown => Events.Count == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastShown => ((Page - 1) * PageSize) + Events.Count;

    public bool HasPrevious => Page > 1;

    public bool HasNext => (long)Page * PageSize < Total;
}
