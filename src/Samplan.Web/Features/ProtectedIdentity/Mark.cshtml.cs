using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>
/// The person has got protected personal data (R-PROT-1): from now on every open SIP of theirs is
/// handled manually on paper. Digital invitations and notices stop, only the responsible unit
/// still sees the case, and lists show the person masked.
/// </summary>
public sealed class MarkModel(CaseRepository cases, SamplanDbContext db, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.MarkProtectedIdentity;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        return Case.IsOpen ? Page() : Redirect($"/cases/{Id}");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var others = await db.Cases
            .Where(c => c.IndividualId == Case.IndividualId && c.Id != Case.Id && c.Phase != CasePhase.Closed && c.Phase != CasePhase.ManualHandling)
            .ToListAsync(cancellationToken);
        return await ApplyAsync(c =>
        {
            c.SwitchToManualHandling(staff.Ref, clock.Now);
            Individual.MarkProtectedIdentity();
            foreach (var other in others)
            {
                other.SwitchToManualHandling(staff.Ref, clock.Now);
                db.Entry(other).Property<int>(SamplanDbContext.VersionProperty).CurrentValue++;
            }
        }, T("Personen är markerad med skyddade personuppgifter. SIP:en hanteras nu manuellt.", "The person is marked with protected personal data. The SIP is now handled manually."), cancellationToken);
    }
}
