using System.Text;
using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Invitations;

/// <summary>The current kallelse as an .ics file, for the units that see the case (404 otherwise,
/// like the case); opening it is audited as a read of the case.</summary>
public sealed class CalendarModel(CaseRepository cases, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    protected override CaseLoad Load => CaseLoad.ForReading;

    protected override Auditing.AuditAction ReadAction => Auditing.AuditAction.CaseViewed;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Case.CurrentInvitation is not { } invitation)
        {
            return NotFound();
        }

        var caseUrl = new Uri($"{Request.Scheme}://{Request.Host}/cases/{Id}");
        var ics = InvitationCalendar.Create(Case, invitation, caseUrl, clock.Now);
        return File(Encoding.UTF8.GetBytes(ics), $"text/calendar; charset=utf-8; method={(invitation.Voided is null ? "REQUEST" : "CANCEL")}", $"sip-mote-{Case.Reference}.ics");
    }
}
