using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>The organisation's documented log reviews, and the two ways to start a new one.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class ReviewsModel(SamplanDbContext db, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<AuditReview> Reviews { get; private set; } = [];

    public static int EventCount(AuditReview review) => ReviewRecordInput.ParseSequences(review.EventSequences).Count;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        Reviews = await new AuditReviewStore(db).ListAsync(organisation, cancellationToken);
        return Page();
    }
}
