using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Deviations;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Deviations;

/// <summary>Reports a deviation on the case (R-DEV-1). From the answer board's prompt it is about an
/// invitee who never answered or did not come, named by the invitation; otherwise the reporter says
/// whom it concerns. The report is a row of its own, saved with its audit event; the case is not
/// touched, so reporting never conflicts with work on it.</summary>
public sealed class ReportModel(CaseRepository caseRepository, SamplanDbContext db, UnitDirectory directory, CurrentStaff staff, SwedishClock clock, AuditLog audit) : CasePageModel(caseRepository)
{
    protected override CaseOperation Operation => CaseOperation.ReportDeviation;

    protected override CaseLoad Load => CaseLoad.ForReading;

    /// <summary>The invitee of the current invitation the report concerns, from the prompt.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Invitee { get; set; }

    [BindProperty]
    public DeviationKind Kind { get; set; } = DeviationKind.Other;

    [BindProperty]
    [FieldLimit(DeviationReport.MaxNameLength)]
    public string? AboutName { get; set; }

    [BindProperty]
    [FieldLimit(DeviationReport.MaxTextLength)]
    public string? Description { get; set; }

    /// <summary>The invitee named by <see cref="Invitee"/>, when the current invitation has them.</summary>
    public Invitee? About { get; private set; }

    /// <summary>Deviations reported on the case, newest first.</summary>
    public IReadOnlyList<DeviationReport> Reported { get; private set; } = [];

    /// <summary>The case's units by id, to say which unit reported.</summary>
    public IReadOnlyDictionary<Guid, UnitInfo> Units { get; private set; } = new Dictionary<Guid, UnitInfo>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await FindInviteeAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadReportedAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !await FindInviteeAsync(cancellationToken, keepKind: true))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadReportedAsync(cancellationToken);
            return Page();
        }

        if (About is not null && await db.DeviationReports.AnyAsync(d => d.CaseId == Case.Id && d.InvitationId == Case.CurrentInvitation!.Id && d.InviteeId == About.Id, cancellationToken))
        {
            // Sent twice (a second tab, a double click): the first report stands, nothing is added.
            TempData["Saved"] = T("Avvikelsen var redan rapporterad.", "The deviation was already reported.");
            return Redirect($"/cases/{Id}/deviations");
        }

        DeviationReport report;
        try
        {
            report = DeviationReport.Report(Guid.CreateVersion7(), Case.Id, Kind, Case.CurrentInvitation?.Id, About, AboutName, Description, staff.Ref, clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex, prefix: string.Empty);
            await Repository.RecordRefusalAsync(Case, ex, cancellationToken);
            await LoadReportedAsync(cancellationToken);
            return Page();
        }

        db.DeviationReports.Add(report);
        db.AuditEvents.Add(audit.ForCase(AuditAction.DeviationReported, Case.Id, Case.IndividualId, report.Kind.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T("Avvikelsen är rapporterad och sparad med SIP:en.", "The deviation is reported and kept with the SIP.");
        return Redirect($"/cases/{Id}/deviations");
    }

    private async Task LoadReportedAsync(CancellationToken cancellationToken)
    {
        Reported = await db.DeviationReports.AsNoTracking().Where(d => d.CaseId == Case.Id).OrderByDescending(d => d.ReportedAt).ToListAsync(cancellationToken);
        Units = (await directory.ByIdsAsync(Reported.Select(d => d.ReportedByUnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id);
    }

    public string UnitName(Guid unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Name : T("Okänd enhet", "Unknown unit");

    /// <summary>Resolves <see cref="Invitee"/>; false when it names nobody of the current invitation.
    /// The prompt's kind is what the answer board showed, unless the form posted one.</summary>
    private async Task<bool> FindInviteeAsync(CancellationToken cancellationToken, bool keepKind = false)
    {
        if (Invitee is not { } inviteeId)
        {
            return true;
        }

        About = Case.CurrentInvitation?.Invitees.FirstOrDefault(i => i.Id == inviteeId);
        if (About is null)
        {
            return false;
        }

        if (!keepKind)
        {
            var replies = await db.InvitationReplies.AsNoTracking().Where(r => r.InvitationId == Case.CurrentInvitation!.Id).ToDictionaryAsync(r => r.InviteeId, cancellationToken);
            var prompt = DeviationPrompt.For(Case, replies, [], clock.Today).FirstOrDefault(p => p.Invitee.Id == inviteeId);
            Kind = prompt?.Kind ?? DeviationKind.Other;
        }

        return true;
    }
}
