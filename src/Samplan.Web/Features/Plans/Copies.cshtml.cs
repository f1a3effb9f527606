using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Distribution;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Plans;

/// <summary>Who has got the agreed plan (R-DOC-2): the individual and everyone who took part in the
/// meeting, each with the copy recorded for the version in force, and a form to record one. Each
/// copy is a row of its own with its audit event in one save; the case is not touched.</summary>
public sealed class CopiesModel(CaseRepository caseRepository, SamplanDbContext db, UnitDirectory units, CurrentStaff staff, SwedishClock clock, AuditLog audit) : CasePageModel(caseRepository)
{
    protected override CaseOperation Operation => CaseOperation.RecordPlanCopy;

    protected override CaseLoad Load => CaseLoad.ForReading;

    [BindProperty]
    public string? RecipientKey { get; set; }

    [BindProperty]
    public PlanCopyMethod Method { get; set; } = PlanCopyMethod.HandedOver;

    [BindProperty]
    public DateOnly? GivenOn { get; set; }

    public PlanVersion? Agreed { get; private set; }

    public IReadOnlyList<PlanRecipient> Recipients { get; private set; } = [];

    /// <summary>The copies of the agreed version by recipient key.</summary>
    public IReadOnlyDictionary<string, PlanCopy> Copies { get; private set; } = new Dictionary<string, PlanCopy>();

    public DateOnly Today => clock.Today;

    /// <summary>The Swedish day the version in force was agreed.</summary>
    public DateOnly AgreedOn => clock.DayOf(Agreed?.AgreedAt ?? clock.Now);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadCopiesAsync(cancellationToken);
        GivenOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadCopiesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recipient = Recipients.FirstOrDefault(r => r.Key == RecipientKey);
        PlanCopy copy;
        try
        {
            if (Agreed is null || recipient is null)
            {
                throw new DomainRuleException("R-DOC-2", Agreed is null ? "plan-copy.no-agreed-plan" : "plan-copy.not-recipient");
            }

            copy = PlanCopy.Record(Guid.CreateVersion7(), Case.Id, Agreed!.Number, AgreedOn, recipient!, Method, GivenOn, staff.Ref, clock.Now, clock.Today);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex, prefix: string.Empty);
            await Repository.RecordRefusalAsync(Case, ex, cancellationToken);
            return Page();
        }

        if (Copies.ContainsKey(copy.RecipientKey))
        {
            TempData["Saved"] = T($"{copy.RecipientName} hade redan fått planen.", $"{copy.RecipientName} already had the plan.");
            return Redirect($"/cases/{Id}/plan/copies");
        }

        db.PlanCopies.Add(copy);
        db.AuditEvents.Add(audit.ForCase(AuditAction.PlanCopyRecorded, Case.Id, Case.IndividualId, $"version={copy.PlanNumber}; {copy.Method}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A colleague recorded the same copy at this moment (the unique index): theirs stands.
            // Anything else that failed the save is not that, and is not hidden.
            if (!await CopyExistsAsync(copy, cancellationToken))
            {
                throw;
            }

            TempData["Saved"] = T($"{copy.RecipientName} hade redan fått planen.", $"{copy.RecipientName} already had the plan.");
            return Redirect($"/cases/{Id}/plan/copies");
        }

        TempData["Saved"] = T($"Registrerat: {copy.RecipientName} har fått planen.", $"Recorded: {copy.RecipientName} has the plan.");
        return Redirect($"/cases/{Id}/plan/copies");
    }

    /// <summary>Whether the copy is stored by someone else, read past this save's failed rows.</summary>
    private async Task<bool> CopyExistsAsync(PlanCopy copy, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.PlanCopies.AnyAsync(p => p.CaseId == copy.CaseId && p.PlanNumber == copy.PlanNumber && p.RecipientKey == copy.RecipientKey, cancellationToken);
    }

    private async Task LoadCopiesAsync(CancellationToken cancellationToken)
    {
        Agreed = Case.AgreedPlan;
        if (Agreed is null)
        {
            return;
        }

        var known = await units.ForCaseAsync(Case, cancellationToken);
        Recipients = PlanRecipient.For(Case.CurrentMeeting, Individual.FullName, id => known.FirstOrDefault(u => u.Id == id)?.Name ?? T("Okänd enhet", "Unknown unit"));
        Copies = await db.PlanCopies.AsNoTracking()
            .Where(p => p.CaseId == Case.Id && p.PlanNumber == Agreed.Number)
            .ToDictionaryAsync(p => p.RecipientKey, cancellationToken);
    }
}
