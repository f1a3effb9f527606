using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Plans;

/// <summary>The individual approves the draft, which becomes the agreed plan (R-PLAN-10, R-PLAN-11).</summary>
public sealed partial class AgreeModel(CaseRepository cases, UnitDirectory units, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.AgreePlan;

    private static readonly string[] ApprovalKeys =
    [
        $"Input.{nameof(ApprovalInput.ApprovedBy)}",
        $"Input.{nameof(ApprovalInput.Method)}",
        $"Input.{nameof(ApprovalInput.ApprovedOn)}",
        nameof(Version),
    ];

    [BindProperty]
    public ApprovalInput Input { get; set; } = new();

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <summary>True when the refusal concerns the plan itself, which is changed on the plan page.</summary>
    public bool PlanNeedsChanges =>
        ModelState.Any(e => e.Value!.Errors.Count > 0 && e.Key.StartsWith("Input.", StringComparison.Ordinal) && !ApprovalKeys.Contains(e.Key));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.PlanDraft || Case.DraftPlan is null)
        {
            return Redirect($"/cases/{Id}");
        }

        Input = new ApprovalInput { ApprovedBy = Individual.FullName, Method = ApprovalMethod.AtMeeting, ApprovedOn = clock.Today };
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
        if (Input.ApprovedOn is null && !(ModelState.TryGetValue("Input.ApprovedOn", out var dateEntry) && dateEntry.Errors.Count > 0))
        {
            ModelState.AddModelError("Input.ApprovedOn", T("Ange datum då planen godkändes.", "Give the date the plan was approved."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var approval = new PlanApproval(Input.ApprovedBy?.Trim() ?? string.Empty, Input.Method, Input.ApprovedOn!.Value);
        var result = await ApplyAsync(c => c.AgreePlan(approval, Individual, staff.Ref, clock.Now), T("Planen är fastställd och gäller nu.", "The plan is agreed and now in force."), cancellationToken);
        if (result is PageResult)
        {
            NamePlanPlaces();
        }

        return result;
    }

    /// <summary>Refusals about a goal or activity cannot stand next to a field here; the summary
    /// says which need and activity they concern ("Behov 2, aktivitet 1: …").</summary>
    private void NamePlanPlaces()
    {
        var placed = new List<(int Goal, int Activity, string Message)>();
        foreach (var (key, entry) in ModelState.Where(e => e.Value!.Errors.Count > 0).ToList())
        {
            var match = GoalPlace().Match(key);
            if (!match.Success)
            {
                continue;
            }

            var goal = int.Parse(match.Groups["goal"].Value, CultureInfo.InvariantCulture);
            var activity = match.Groups["activity"].Success ? int.Parse(match.Groups["activity"].Value, CultureInfo.InvariantCulture) : -1;
            var place = T("Behov och mål ", "Need and goal ") + (goal + 1).ToString(CultureInfo.InvariantCulture);
            if (activity >= 0)
            {
                place += T(", aktivitet ", ", activity ") + (activity + 1).ToString(CultureInfo.InvariantCulture);
            }

            placed.AddRange(entry!.Errors.Select(e => (goal, activity, $"{place}: {e.ErrorMessage}")));
            ModelState.Remove(key);
        }

        // Gathered under one key, in the plan's own order: each need, then its activities.
        foreach (var (_, _, message) in placed.OrderBy(p => p.Goal).ThenBy(p => p.Activity))
        {
            ModelState.AddModelError($"Input.{nameof(PlanContent.Goals)}", message);
        }
    }

    [GeneratedRegex(@"^Input\.Goals\[(?<goal>\d+)\](\.Activities\[(?<activity>\d+)\])?", RegexOptions.CultureInvariant)]
    private static partial Regex GoalPlace();
}

public sealed class ApprovalInput
{
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? ApprovedBy { get; set; }

    public ApprovalMethod Method { get; set; }

    public DateOnly? ApprovedOn { get; set; }
}
