using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>
/// Lifting a mistaken protected identity mark (R-PROT-3). Not a case page: a unit administrator
/// of an organisation whose case is marked may lift the mark without seeing the case, so the page
/// shows only the case reference and the mark. Anyone else gets 404, as for a case they may not see.
/// </summary>
public sealed class LiftModel(SamplanDbContext db, CaseRepository cases, CurrentStaff staff, SwedishClock clock, UnitDirectory units, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ProtectionReasonInput Input { get; set; } = new();

    public SipCase Case { get; private set; } = null!;

    /// <summary>Whether the actor is the case's responsible unit, who may also open the case itself.</summary>
    public bool IsResponsibleUnit => Case.ResponsibleUnitId == staff.UnitId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Protection is not { IsActive: true })
        {
            return Redirect(IsResponsibleUnit ? $"/cases/{Id}" : "/protected-identity/marks");
        }

        await audit.WriteAsync(AuditAction.CaseFormOpened, AuditOutcome.Success, Case.Id, Case.IndividualId, "protected identity lift form", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = db.Entry(Case).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
        if (Version != current)
        {
            // A form from before another change: say so rather than lift on a state never seen.
            await audit.WriteAsync(AuditAction.CaseChanged, AuditOutcome.Conflict, Case.Id, Case.IndividualId, "saved by someone else first", cancellationToken);
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            Version = current;
            ModelState.Remove(nameof(Version));
            return Page();
        }

        var individual = await db.Individuals.SingleAsync(i => i.Id == Case.IndividualId, cancellationToken);
        var records = await SamePersonRecords.OfAsync(db, individual, cancellationToken);
        var recordIds = records.Select(r => r.Id).ToList();
        var all = await db.Cases.Where(c => recordIds.Contains(c.IndividualId) && c.Phase == CasePhase.ManualHandling).ToListAsync(cancellationToken);
        if (all.All(c => c.Id != Case.Id))
        {
            all.Add(Case);
        }

        var marked = new List<MarkedCase>();
        foreach (var c in all)
        {
            marked.Add(new MarkedCase(c, (await units.FindAsync(c.ResponsibleUnitId, cancellationToken))?.OrganisationId ?? Guid.Empty));
        }

        var unit = await units.FindAsync(staff.UnitId, cancellationToken);
        var administered = staff.IsInRole(SamplanRoles.UnitAdmin) ? staff.OrganisationId : null;
        var phases = all.ToDictionary(c => c.Id, c => c.Phase);
        try
        {
            SipCase.LiftProtectedIdentity(records, marked, new ProtectionLifting(staff.Ref, unit?.Name ?? staff.UnitName, administered, Input.Reason), clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex);
            await audit.WriteAsync(AuditAction.CaseChanged, AuditOutcome.Refused, Case.Id, Case.IndividualId, string.Join(",", ex.Violations.Select(v => v.Code)), cancellationToken);
            return Page();
        }

        var events = new List<AuditEvent>();
        foreach (var m in marked.Where(m => m.Case.Phase != phases[m.Case.Id]))
        {
            var version = db.Entry(m.Case).Property<int>(SamplanDbContext.VersionProperty);
            if (m.Case.Id == Case.Id)
            {
                version.OriginalValue = Version;
                version.CurrentValue = Version + 1;
            }
            else
            {
                version.CurrentValue++;
            }

            events.Add(audit.ForCaseChange(AuditAction.ProtectedIdentityLifted, m.Case.Id, m.Case.IndividualId, m.OrganisationId, m.Case.Id == Case.Id ? "lifted on this case" : $"lifted from case {Case.Reference}"));
        }

        try
        {
            await cases.SaveTrackedAsync(events, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await audit.WriteAsync(AuditAction.CaseChanged, AuditOutcome.Conflict, Case.Id, Case.IndividualId, "saved by someone else first", cancellationToken);
            await LoadAsync(cancellationToken);
            Version = db.Entry(Case).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            ModelState.Remove(nameof(Version));
            return Page();
        }

        // Not how many: the lifting unit may not know of the person's other SIPs.
        TempData["Saved"] = T("Markeringen är hävd. De SIP:ar som hanterades manuellt på grund av den har återgått till fasen de hade före markeringen.", "The mark is lifted. The SIPs handled manually because of it have returned to the phase they had before the mark.");
        return Redirect(IsResponsibleUnit ? $"/cases/{Id}" : "/protected-identity/marks");
    }

    /// <summary>The case, for its responsible unit or a unit administrator of the organisation
    /// answering for it; anyone else's attempt is audited for that organisation and answers 404.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var sipCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        var organisation = sipCase is null ? null : (await units.FindAsync(sipCase.ResponsibleUnitId, cancellationToken))?.OrganisationId;
        var allowed = sipCase is not null && staff.UnitId is { } unitId &&
            (sipCase.ResponsibleUnitId == unitId || (staff.IsInRole(SamplanRoles.UnitAdmin) && organisation is not null && organisation == staff.OrganisationId));
        if (!allowed)
        {
            await audit.WriteRefusedAttemptAsync(Id, organisation, sipCase?.IndividualId, "protected identity lift not allowed for unit", cancellationToken);
            return false;
        }

        Case = sipCase!;
        if (HttpMethods.IsGet(Request.Method))
        {
            Version = db.Entry(Case).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
        }

        return true;
    }
}
