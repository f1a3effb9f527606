using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>One documented review with the events it covered. Another organisation's review
/// answers 404, like one that does not exist.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class ReviewModel(SamplanDbContext db, AuditLog audit, CurrentStaff staff, UnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AuditReview Review { get; private set; } = null!;

    public int RecordedEvents { get; private set; }

    public IReadOnlyList<AuditEventRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        var store = new AuditReviewStore(db);
        var review = await store.FindAsync(organisation, Id, cancellationToken);
        if (review is null)
        {
            return NotFound();
        }

        Review = review;
        var sequences = ReviewRecordInput.ParseSequences(review.EventSequences);
        RecordedEvents = sequences.Count;
        var events = await store.EventsAsync(organisation, sequences, cancellationToken);
        Rows = await new AuditEventRows(db, units, audit).DescribeAsync(events, cancellationToken: cancellationToken);
        await audit.WriteAsync(AuditAction.AuditSearched, AuditOutcome.Success,
            detail: $"review-opened; review={review.Id}; events={Rows.Count}", cancellationToken: cancellationToken);
        return Page();
    }
}
