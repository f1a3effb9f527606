using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Consent;

/// <summary>The individual withdraws consent: the SIP ends at once (R-CONSENT-5).</summary>
public sealed class WithdrawModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.RecordConsentWithdrawal;

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadForEditAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ApplyAsync(c => c.WithdrawConsent(Note, staff.Ref, clock.Now), T("Samtycket är återkallat och SIP:en avslutad.", "Consent is withdrawn and the SIP is closed."), cancellationToken);
    }
}
