using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Review on suspicion: the accesses to one person and/or by one user, with the reason
/// for the suspicion and a documented outcome. Posted, never in the URL, because the number and
/// the reason are personal data.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class SuspicionModel(SamplanDbContext db, UserManager<StaffUser> users, AuditLog audit, CurrentStaff staff, SwedishClock clock, UnitDirectory units) : PageModel
{
    /// <summary>At most this many of the newest matching events are shown and recorded.</summary>
    public const int MaxShown = ReviewRecordInput.MaxEvents;

    [BindProperty]
    public SuspicionInput Input { get; set; } = new();

    [BindProperty]
    public ReviewRecordInput Record { get; set; } = new();

    public IReadOnlyList<AuditEventRow> Rows { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (staff.OrganisationId is null)
        {
            return Forbid();
        }

        Input.To = clock.Today;
        Input.From = clock.Today.AddDays(-90);
        return Page();
    }

    public async Task<IActionResult> OnPostShowAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        Record = new ReviewRecordInput { Outcome = Record.Outcome, Findings = Record.Findings };
        var filter = await FilterAsync(organisation, cancellationToken);
        if (filter is null)
        {
            return Page();
        }

        var result = await new AuditEventSearch(db).RunAsync(filter, 1, MaxShown, cancellationToken);
        var events = result.Events.OrderBy(e => e.Seal!.Sequence).ToList();
        Rows = await new AuditEventRows(db, units, audit).DescribeAsync(events, filter.IndividualId, cancellationToken);
        Record.Sequences = [.. events.Select(e => e.Seal!.Sequence)];
        Record.Matching = result.Total;
        Record.Shown = true;
        Record.Scope = $"Misstanke: person {(filter.IndividualId is null ? "nej" : "ja")}, användare {(filter.UserId is null ? "nej" : "ja")}, period {filter.Period.Describe()}; {events.Count} av {result.Total} händelser";
        await audit.WriteAsync(AuditAction.AuditSearched, AuditOutcome.Success, individualId: filter.IndividualId,
            detail: $"suspicion; {filter.Shape}; matching={result.Total}; shown={events.Count}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        var filter = await FilterAsync(organisation, cancellationToken);
        Record.Validate(ModelState, T("Visa händelserna innan du sparar granskningen.", "Show the events before you save the review."));
        var events = await new AuditReviewStore(db).EventsAsync(organisation, Record.Sequences, cancellationToken);
        if (events.Count != Record.Sequences.Distinct().Count())
        {
            // Someone posted events outside the auditor's organisation.
            return NotFound();
        }

        if (filter is null || !ModelState.IsValid)
        {
            Rows = await new AuditEventRows(db, units, audit).DescribeAsync(events, filter?.IndividualId, cancellationToken);
            return Page();
        }

        var scope = $"{Record.Scope}. Skäl: {Input.Reason!.Trim()}";
        var id = await new AuditReviewRecorder(db, audit, staff, clock).RecordAsync(organisation, AuditReviewKinds.Suspicion, scope, Record, filter.IndividualId, cancellationToken);
        TempData["Saved"] = T("Granskningen är sparad.", "The review is saved.");
        return Redirect($"/audit/review/{id}");
    }

    /// <summary>The events to review; null with the reasons next to the fields when the input is wrong.</summary>
    private async Task<AuditEventFilter?> FilterAsync(Guid organisation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Pnr) && string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.Pnr", T("Ange en person, en användare eller båda.", "Give a person, a user or both."));
        }

        Guid? individualId = null;
        IReadOnlyList<Guid> samePerson = [];
        if (!string.IsNullOrWhiteSpace(Input.Pnr))
        {
            var person = await new PersonLookup(db).FindAsync(Input.Pnr, clock.Today, organisation, cancellationToken);
            if (person.Error is { } error)
            {
                ModelState.AddModelError("Input.Pnr", error);
            }

            individualId = person.Individual?.Id;
            samePerson = person.RecordIds;
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(Input.UserName))
        {
            var user = await new UserLookup(users).FindAsync(Input.UserName);
            if (user.Error is { } error)
            {
                ModelState.AddModelError("Input.UserName", error);
            }

            userId = user.User?.Id;
        }

        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", T("Ange skälet till misstanken.", "Give the reason for the suspicion."));
        }
        else if (Input.Reason.Length > SuspicionInput.MaxReason)
        {
            ModelState.AddModelError("Input.Reason", T($"Skälet får vara högst {SuspicionInput.MaxReason} tecken.", $"The reason may be at most {SuspicionInput.MaxReason} characters."));
        }

        AuditPeriod.Validate(ModelState, Input.From, Input.To, "Input.To");
        return ModelState.IsValid
            ? new AuditEventFilter(organisation, new AuditPeriod(Input.From, Input.To), individualId, userId, SamePersonIds: samePerson)
            : null;
    }
}
