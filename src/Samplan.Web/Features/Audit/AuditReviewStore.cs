using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Features.Audit;

/// <summary>Documented reviews and the events they looked at, always within one organisation.</summary>
public sealed class AuditReviewStore(SamplanDbContext db)
{
    public const int ListSize = 200;

    public async Task<IReadOnlyList<AuditReview>> ListAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        await db.AuditReviews.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId)
            .OrderByDescending(r => r.CreatedAt)
            .Take(ListSize)
            .ToListAsync(cancellationToken);

    /// <summary>Null also when the review belongs to another organisation: both answer 404.</summary>
    public Task<AuditReview?> FindAsync(Guid organisationId, Guid id, CancellationToken cancellationToken = default) =>
        db.AuditReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisationId, cancellationToken);

    /// <summary>The organisation's events among <paramref name="sequences"/>, in sequence order;
    /// another organisation's events are never returned.</summary>
    public async Task<IReadOnlyList<AuditEvent>> EventsAsync(Guid organisationId, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return [];
        }

        var wanted = sequences.ToList();
        return await db.AuditEvents.AsNoTracking()
            .Where(e => (e.OrganisationId == organisationId || e.SubjectOrganisationId == organisationId) && e.Seal != null && wanted.Contains(e.Seal.Sequence))
            .OrderBy(e => e.Seal!.Sequence)
            .ToListAsync(cancellationToken);
    }

    public async Task AddAsync(AuditReview review, CancellationToken cancellationToken = default)
    {
        db.AuditReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
    }
}
