using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>Saves a documented review and logs that it was recorded.</summary>
public sealed class AuditReviewRecorder(SamplanDbContext db, AuditLog audit, CurrentStaff staff, SwedishClock clock)
{
    public async Task<Guid> RecordAsync(Guid organisationId, string kind, string scope, ReviewRecordInput record, Guid? individualId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var review = new AuditReview
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            CreatedAt = clock.Now,
            ReviewerId = staff.UserId,
            ReviewerName = staff.Name,
            OrganisationId = organisationId,
            Scope = scope.Length > 1000 ? scope[..1000] : scope,
            EventSequences = record.SequenceList,
            Outcome = record.Outcome!.Value.ToString(),
            Findings = FormText.OrNull(record.Findings),
        };
        await new AuditReviewStore(db).AddAsync(review, cancellationToken);
        await audit.WriteAsync(AuditAction.AuditReviewRecorded, AuditOutcome.Success, individualId: individualId,
            detail: $"review={review.Id}; kind={kind}; outcome={review.Outcome}; events={record.Sequences.Count}", cancellationToken: cancellationToken);
        return review.Id;
    }
}
