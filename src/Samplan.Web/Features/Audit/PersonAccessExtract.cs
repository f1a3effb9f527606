using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Features.Audit;

/// <summary>Every access to one person's data within the organisation, oldest first: the log
/// extract a patient may ask for (Patientdatalagen 8 kap. 5 §).</summary>
public sealed class PersonAccessExtract(SamplanDbContext db)
{
    /// <summary>A bound so one page stays printable; the page says when more exist.</summary>
    public const int MaxRows = 5000;

    public async Task<PersonExtract> RunAsync(Guid organisationId, Guid individualId, AuditPeriod period, CancellationToken cancellationToken = default, IReadOnlyList<Guid>? samePersonIds = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var query = new AuditEventFilter(organisationId, period, IndividualId: individualId, SamePersonIds: samePersonIds).Apply(db.AuditEvents.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var events = await query.OrderBy(e => e.Seal!.Sequence).Take(MaxRows).ToListAsync(cancellationToken);
        return new PersonExtract(events, total);
    }
}

public sealed record PersonExtract(IReadOnlyList<AuditEvent> Events, int Total)
{
    public bool IsTruncated => Total > Events.Count;
}
