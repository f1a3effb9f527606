using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.FollowUps;

/// <summary>Follows up the agreed plan goal by goal (R-FU-1..2) and decides what comes next (R-FU-3).</summary>
public sealed class RecordModel(CaseRepository cases, UnitDirectory units, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.RecordFollowUp;

    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "–";

    /// <summary>Only the coordinating unit may close the SIP (R-END-2).</summary>
    public bool MayClose => staff.UnitId == Case.ResponsibleUnitId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.Active || Case.AgreedPlan is not { } agreed)
        {
            return Redirect($"/cases/{Id}");
        }

        Input = new FollowUpInput
        {
            HeldOn = clock.Today,
            Assessments = agreed.Content.Goals.Select(g => new AssessmentInput { GoalId = g.Id }).ToList(),
        };
        Units = await units.ForCaseAsync(Case, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Units = await units.ForCaseAsync(Case, cancellationToken);
        // A goal the post left out gets a row to be assessed in; a row for a goal the plan does
        // not hold stays, so the domain refuses it with its reason rather than it vanishing.
        foreach (var goal in Case.AgreedPlan?.Content.Goals ?? [])
        {
            if (!Input.Assessments.Any(a => a.GoalId == goal.Id))
            {
                Input.Assessments.Add(new AssessmentInput { GoalId = goal.Id });
            }
        }

        if (Input.HeldOn is null && !HasError("Input.HeldOn"))
        {
            ModelState.AddModelError("Input.HeldOn", T("Ange datum då uppföljningen hölls.", "Give the date the follow-up was held."));
        }

        if (Input.Outcome is null && !HasError("Input.Outcome"))
        {
            ModelState.AddModelError("Input.Outcome", T("Välj vad som händer nu.", "Choose what happens next."));
        }

        if (!ModelState.IsValid || Input.HeldOn is not { } heldOn || Input.Outcome is not { } outcome)
        {
            return Page();
        }

        var followUp = new FollowUp(
            heldOn,
            Case.AgreedPlan?.Number ?? 0,
            Input.Assessments
                .Where(a => a.Fulfilment is not null)
                .Select(a => new GoalAssessment(a.GoalId, a.Fulfilment!.Value, FormText.OrNull(a.Comment)))
                .ToList(),
            FormText.OrNull(Input.Summary),
            outcome,
            outcome == FollowUpOutcome.Continue ? Input.NextFollowUpOn : null,
            outcome == FollowUpOutcome.Close ? Input.CloseReason : null);

        return await ApplyAsync(c => c.RecordFollowUp(followUp, staff.Ref, clock.Now), SavedMessage(outcome), cancellationToken);
    }

    private static string SavedMessage(FollowUpOutcome outcome) => outcome switch
    {
        FollowUpOutcome.Continue => T("Uppföljningen är sparad. Planen fortsätter och nästa uppföljning är bokad.", "The follow-up is saved. The plan continues and the next follow-up is booked."),
        FollowUpOutcome.Revise => T("Uppföljningen är sparad. Ett nytt planutkast är skapat – skriv ändringarna och låt den enskilde godkänna planen igen.", "The follow-up is saved. A new plan draft is created – write the changes and let the individual approve the plan again."),
        FollowUpOutcome.NewSip => T("Uppföljningen är sparad. Förbered ett nytt SIP-möte tillsammans med den enskilde.", "The follow-up is saved. Prepare a new SIP meeting together with the individual."),
        FollowUpOutcome.Close => T("Uppföljningen är sparad och SIP:en är avslutad.", "The follow-up is saved and the SIP is closed."),
    };

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}

public sealed class FollowUpInput
{
    public List<AssessmentInput> Assessments { get; set; } = [];

    public DateOnly? HeldOn { get; set; }

    public string? Summary { get; set; }

    public FollowUpOutcome? Outcome { get; set; }

    public DateOnly? NextFollowUpOn { get; set; }

    public CloseReason? CloseReason { get; set; }
}

/// <summary>One goal's fulfilment, naming the goal by its id (a hidden field), not by the row's place.</summary>
public sealed class AssessmentInput
{
    public Guid GoalId { get; set; }

    public GoalFulfilment? Fulfilment { get; set; }

    public string? Comment { get; set; }
}
