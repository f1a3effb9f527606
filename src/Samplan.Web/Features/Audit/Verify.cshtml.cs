using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>Walks the whole hash chain and says whether the log is intact and where it breaks.
/// The chain is one line across organisations; only positions are shown, never another
/// organisation's events.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class VerifyModel(AuditVerifier verifier, AuditLog audit, CurrentStaff staff) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public IActionResult OnGet() => staff.OrganisationId is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is null)
        {
            return Forbid();
        }

        Result = await verifier.VerifyAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.AuditChainVerified, Result.IsIntact ? AuditOutcome.Success : AuditOutcome.Refused,
            detail: $"verify; checked={Result.EventsChecked}; problems={Result.Problems.Count}", cancellationToken: cancellationToken);
        return Page();
    }
}
