using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Data;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Random-sample review: draw events at random within a period, read them, and record
/// the outcome (HSLF-FS 2016:40: systematic and recurring log review).</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class SampleModel(SamplanDbContext db, AuditLog audit, CurrentStaff staff, SwedishClock clock, UnitDirectory units, SampleDrawSeal seal) : PageModel
{
    [BindProperty]
    public SampleInput Input { get; set; } = new();

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
        Input.From = clock.Today.AddDays(-30);
        return Page();
    }

    public async Task<IActionResult> OnPostDrawAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        // A new draw starts a new review: drop what was drawn before.
        Record = new ReviewRecordInput { Outcome = Record.Outcome, Findings = Record.Findings };
        ValidateSampleInput();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var period = new AuditPeriod(Input.From, Input.To);
        var sample = await new RandomAuditSample(db).DrawAsync(organisation, period, Input.Size!.Value, cancellationToken);
        var events = await new AuditReviewStore(db).EventsAsync(organisation, [.. sample.Sequences], cancellationToken);
        Rows = await new AuditEventRows(db, units, audit).DescribeAsync(events, cancellationToken: cancellationToken);
        Record.Sequences = [.. sample.Sequences];
        Record.Matching = sample.Candidates;
        Record.Shown = true;
        Record.Scope = $"Stickprov: {sample.Sequences.Count} av {sample.Candidates} händelser, period {period.Describe()}"
            + (sample.Candidates >= RandomAuditSample.MaxCandidates ? $" (de senaste {RandomAuditSample.MaxCandidates})" : string.Empty);
        Record.Draw = seal.Seal(new SampleDraw(staff.UserId, organisation, Record.Sequences, Record.Matching, Record.Scope));
        await audit.WriteAsync(AuditAction.AuditSearched, AuditOutcome.Success,
            detail: $"random-sample; from={Date(Input.From)}; to={Date(Input.To)}; size={Input.Size}; candidates={sample.Candidates}; drawn={sample.Sequences.Count}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        // The events are the ones the server drew, whatever the form says (see SampleDrawSeal).
        if (seal.Open(Record.Draw, staff.UserId, organisation) is { } draw)
        {
            Record.Sequences = [.. draw.Sequences];
            Record.Matching = draw.Candidates;
            Record.Scope = draw.Scope;
            Record.Shown = true;
        }
        else
        {
            Record.Sequences = [];
            Record.Scope = null;
            Record.Shown = false;
            Record.Draw = null;
        }

        Record.Validate(ModelState, T("Dra ett stickprov innan du sparar granskningen. Ett stickprov gäller i 12 timmar och bara för den som drog det.", "Draw a sample before you save the review. A sample is valid for 12 hours and only for the one who drew it."));
        var events = await new AuditReviewStore(db).EventsAsync(organisation, Record.Sequences, cancellationToken);
        if (events.Count != Record.Sequences.Distinct().Count())
        {
            // Someone posted events outside the auditor's organisation.
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Rows = await new AuditEventRows(db, units, audit).DescribeAsync(events, cancellationToken: cancellationToken);
            return Page();
        }

        var id = await new AuditReviewRecorder(db, audit, staff, clock).RecordAsync(organisation, AuditReviewKinds.RandomSample, Record.Scope!, Record, null, cancellationToken);
        TempData["Saved"] = T("Granskningen är sparad.", "The review is saved.");
        return Redirect($"/audit/review/{id}");
    }

    private void ValidateSampleInput()
    {
        if (Input.From is null && !HasError("Input.From"))
        {
            ModelState.AddModelError("Input.From", T("Ange periodens första dag.", "Give the first day of the period."));
        }

        if (Input.To is null && !HasError("Input.To"))
        {
            ModelState.AddModelError("Input.To", T("Ange periodens sista dag.", "Give the last day of the period."));
        }

        if (Input.Size is not (>= RandomAuditSample.MinSize and <= RandomAuditSample.MaxSize) && !HasError("Input.Size"))
        {
            ModelState.AddModelError("Input.Size", T($"Stickprovet ska vara {RandomAuditSample.MinSize}–{RandomAuditSample.MaxSize} händelser.", $"The sample must be {RandomAuditSample.MinSize}–{RandomAuditSample.MaxSize} events."));
        }

        AuditPeriod.Validate(ModelState, Input.From, Input.To, "Input.To");
    }

    /// <summary>A value that could not be read already has its message.</summary>
    private bool HasError(string key) => ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid;
}
