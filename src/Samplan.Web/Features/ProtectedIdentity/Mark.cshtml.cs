using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Data.Auditing;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>
/// The person has got protected personal data (R-PROT-1): from now on every open SIP of theirs,
/// in every organisation, is handled manually on paper. Because one unit decides for cases it
/// may never see, only a huvudman unit taking part in this case may mark, with a reason
/// (R-PROT-2); every case touched is audited for the organisation answering for it, in the same
/// save as the change, and its responsible unit sees who marked it and why.
/// </summary>
public sealed class MarkModel(CaseRepository cases, SamplanDbContext db, CurrentStaff staff, SwedishClock clock, UnitDirectory units, AuditLog audit) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.MarkProtectedIdentity;

    private readonly CaseRepository _cases = cases;

    [BindProperty]
    public ProtectionReasonInput Input { get; set; } = new();

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var loadedVersion = db.Entry(Case).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
        if (Version != loadedVersion)
        {
            await _cases.RecordConflictAsync(Case, cancellationToken);
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            Version = loadedVersion;
            ModelState.Remove(nameof(Version));
            return Page();
        }

        var unit = await units.FindAsync(staff.UnitId, cancellationToken) ?? throw new InvalidOperationException("The acting unit is not in the directory.");
        var records = await SamePersonRecords.OfAsync(db, Individual, cancellationToken);
        var recordIds = records.Select(r => r.Id).ToList();
        var others = await db.Cases
            .Where(c => recordIds.Contains(c.IndividualId) && c.Id != Case.Id && c.Phase != CasePhase.Closed && c.Phase != CasePhase.ManualHandling)
            .ToListAsync(cancellationToken);
        try
        {
            SipCase.MarkProtectedIdentity(records, Case, others, new(staff.Ref, unit.Name, unit.UnitKind, Input.Reason), clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex);
            await _cases.RecordRefusalAsync(Case, ex, cancellationToken);
            return Page();
        }

        foreach (var other in others)
        {
            db.Entry(other).Property<int>(SamplanDbContext.VersionProperty).CurrentValue++;
        }

        var events = new List<AuditEvent>();
        foreach (var c in others.Prepend(Case))
        {
            var organisation = await units.FindAsync(c.ResponsibleUnitId, cancellationToken);
            events.Add(audit.ForCaseChange(
                AuditAction.ProtectedIdentityMarked, c.Id, c.IndividualId, organisation?.OrganisationId ?? Guid.Empty,
                c.Id == Case.Id ? "marked on this case" : $"marked from case {Case.Reference}"));
        }

        if (!await _cases.TrySaveWithEventsAsync(Case, Version, events, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
            return Page();
        }

        // Not how many other SIPs were switched: the marking unit may not know they exist.
        TempData["Saved"] = T("Personen är markerad med skyddade personuppgifter. SIP:en hanteras nu manuellt, liksom personens andra pågående SIP:ar; deras ansvariga enheter ser markeringen.", "The person is marked with protected personal data. The SIP is now handled manually, like the person's other ongoing SIPs; their responsible units see the mark.");
        return Redirect($"/cases/{Id}");
    }
}
