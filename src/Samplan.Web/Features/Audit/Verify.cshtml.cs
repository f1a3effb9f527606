using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>Walks the sealed hash chain (all of it, or from where the last intact check ended)
/// and says whether the log is intact and where it breaks; warns when events wait too long to be
/// sealed. The chain is one line across organisations; only positions are shown, never another
/// organisation's events.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class VerifyModel(AuditVerifier verifier, AuditSealStatus sealStatus, AuditLog audit, CurrentStaff staff) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public AuditSealLag? Lag { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is null)
        {
            return Forbid();
        }

        Lag = await sealStatus.ReadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => VerifyAsync(fromLastVerified: false, cancellationToken);

    public Task<IActionResult> OnPostNewAsync(CancellationToken cancellationToken) => VerifyAsync(fromLastVerified: true, cancellationToken);

    private async Task<IActionResult> VerifyAsync(bool fromLastVerified, CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is null)
        {
            return Forbid();
        }

        Result = await verifier.VerifyAsync(fromLastVerified, cancellationToken);
        Lag = Result.Lag;
        await audit.WriteAsync(AuditAction.AuditChainVerified, Result.IsIntact ? AuditOutcome.Success : AuditOutcome.Refused,
            detail: $"verify; mode={(fromLastVerified ? "new" : "full")}; from={Result.FromSequence}; to={Result.ToSequence}; checked={Result.EventsChecked}; problems={Result.Problems.Count}; unsealed={Result.Lag.UnsealedCount}",
            cancellationToken: cancellationToken);
        return Page();
    }
}
