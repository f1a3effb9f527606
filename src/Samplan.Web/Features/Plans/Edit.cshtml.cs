using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Plans;

/// <summary>Writes the draft plan with the individual (R-PLAN-1..9). Rows are added and removed
/// by ordinary form posts, so the page works without JavaScript; those posts never save. Every
/// goal, sub-goal and activity row carries its id in a hidden field (empty for a row not saved
/// yet), so a save names rows by id, not by place: a row someone else removed meanwhile cannot
/// take this user's text.</summary>
public sealed class EditModel(CaseRepository cases, UnitDirectory units, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.EditPlanDraft;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    /// <summary>The units the page offers without a search: those the case names and those the
    /// form has chosen. Never the whole directory: a unit further away is found by a search.</summary>
    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <summary>Search results for one field, by <see cref="ActivityKey"/> or <see cref="CoordinatorKey"/>.</summary>
    private readonly Dictionary<string, IReadOnlyList<UnitInfo>> _found = [];

    public const string CoordinatorKey = "coordinator";

    public static string ActivityKey(int goal, int activity) => $"goal-{goal}-activity-{activity}";

    /// <summary>Which field a search was made for (null: none); its results are shown first.</summary>
    public string? SearchedKey { get; private set; }

    public IReadOnlyList<UnitInfo> FoundFor(string key) => _found.TryGetValue(key, out var found) ? found : [];

    /// <summary>The coordinator comes from a huvudman: a region or a municipality (R-PLAN-7).</summary>
    public IEnumerable<UnitInfo> CoordinatorUnits => Units.Where(IsHuvudmanUnit);

    private static bool IsHuvudmanUnit(UnitInfo unit) => unit.Kind is OrganisationKind.Region or OrganisationKind.Kommun;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.PlanDraft || Case.DraftPlan is not { } draft)
        {
            return Redirect($"/cases/{Id}");
        }

        Input = PlanInput.From(draft.Content);
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAndAgreeAsync(CancellationToken cancellationToken)
    {
        var result = await SaveAsync(cancellationToken);
        return result is RedirectResult ? Redirect($"/cases/{Id}/plan/agree") : result;
    }

    /// <summary>The search button of an activity's unit field: shows the matching units as choices
    /// for that row. Nothing is saved and nothing typed is lost (the posted values are shown again).</summary>
    public async Task<IActionResult> OnPostSearchUnitsAsync(int goal, int activity, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (goal >= 0 && goal < Input.Goals.Count && activity >= 0 && activity < Input.Goals[goal].Activities.Count)
        {
            var key = ActivityKey(goal, activity);
            _found[key] = await units.SearchAsync(Input.Goals[goal].Activities[activity].UnitQuery, cancellationToken: cancellationToken);
            SearchedKey = key;
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSearchCoordinatorUnitsAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (kinds, organisationKinds) = UnitSearchEndpoint.Scope("coordinator");
        _found[CoordinatorKey] = await units.SearchAsync(Input.CoordinatorUnitQuery, kinds, organisationKinds, cancellationToken: cancellationToken);
        SearchedKey = CoordinatorKey;
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAddGoalAsync(CancellationToken cancellationToken) =>
        ChangeRowsAsync(() => Input.Goals.Add(GoalInput.NewRow()), cancellationToken);

    public Task<IActionResult> OnPostRemoveGoalAsync(int goal, CancellationToken cancellationToken) =>
        ChangeRowsAsync(() =>
        {
            if (goal >= 0 && goal < Input.Goals.Count)
            {
                Input.Goals.RemoveAt(goal);
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostAddSubGoalAsync(int goal, CancellationToken cancellationToken) =>
        ChangeRowsAsync(() =>
        {
            if (goal >= 0 && goal < Input.Goals.Count)
            {
                Input.Goals[goal].SubGoals.Add(new SubGoalInput());
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostAddActivityAsync(int goal, CancellationToken cancellationToken) =>
        ChangeRowsAsync(() =>
        {
            if (goal >= 0 && goal < Input.Goals.Count)
            {
                Input.Goals[goal].Activities.Add(new ActivityInput());
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveActivityAsync(int goal, int activity, CancellationToken cancellationToken) =>
        ChangeRowsAsync(() =>
        {
            if (goal >= 0 && goal < Input.Goals.Count && activity >= 0 && activity < Input.Goals[goal].Activities.Count)
            {
                Input.Goals[goal].Activities.RemoveAt(activity);
            }
        }, cancellationToken);

    private async Task<IActionResult> SaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // A value that could not be read (a mistyped date): show it as typed, rows untouched.
            return await ShowAsync(cancellationToken);
        }

        // Fully empty rows are dropped from the input too, so that the domain's field names
        // (Goals[1].Activities[0].What) point at the rows the user sees after the save.
        Input.DropBlankRows();
        ModelState.Clear();
        var chosen = await units.ByIdsAsync(Input.ChosenUnitIds(), cancellationToken);
        CheckUnits(chosen);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        var content = Input.ToContent(chosen);
        var result = await ApplyAsync(c => c.SavePlanDraft(content, staff.Ref, clock.Now), T("Planutkastet är sparat.", "The plan draft is saved."), cancellationToken);
        return result is PageResult ? await ShowAsync(cancellationToken) : result;
    }

    private async Task<IActionResult> ChangeRowsAsync(Action change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        change();

        // The posted values would otherwise win over the changed lists and shift rows.
        ModelState.Clear();
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var known = (await units.ForCaseAsync(Case, cancellationToken)).ToList();
        var missing = Input.ChosenUnitIds().Where(id => known.All(u => u.Id != id));
        known.AddRange(await units.ByIdsAsync(missing, cancellationToken));
        Units = [.. known.OrderBy(u => u.OrganisationName).ThenBy(u => u.Name)];
        Input.EnsureRows();
        return Page();
    }

    /// <summary>Chosen units must be real; a coordinator's name cannot be kept without a unit,
    /// since the coordinator's huvudman follows from it.</summary>
    private void CheckUnits(IReadOnlyList<UnitInfo> chosen)
    {
        if (Input.CoordinatorUnitId is { } coordinatorUnit)
        {
            if (!chosen.Any(u => u.Id == coordinatorUnit && IsHuvudmanUnit(u)))
            {
                ModelState.AddModelError("Input.CoordinatorUnitId", T("Välj en verksamhet i regionen eller kommunen.", "Choose a unit of the region or the municipality."));
            }
        }
        else if (!string.IsNullOrWhiteSpace(Input.CoordinatorName))
        {
            ModelState.AddModelError("Input.CoordinatorUnitId", T("Välj samordnarens verksamhet – annars kan namnet inte sparas.", "Choose the coordinator's unit – otherwise the name cannot be saved."));
        }

        for (var i = 0; i < Input.Goals.Count; i++)
        {
            for (var j = 0; j < Input.Goals[i].Activities.Count; j++)
            {
                if (Input.Goals[i].Activities[j].ResponsibleUnitId is { } unitId && chosen.All(u => u.Id != unitId))
                {
                    ModelState.AddModelError($"Input.Goals[{i}].Activities[{j}].ResponsibleUnitId", T("Välj en verksamhet i listan.", "Choose a unit from the list."));
                }
            }
        }
    }
}

/// <summary>The draft as the form holds it; names mirror <see cref="PlanContent"/> so that the
/// domain's violations land next to their fields.</summary>
public sealed class PlanInput
{
    public string? OwnGoals { get; set; }

    public string? Resources { get; set; }

    public List<GoalInput> Goals { get; set; } = [];

    public string? IfWorse { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? CoordinatorName { get; set; }

    public Guid? CoordinatorUnitId { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    public string? NewNeedsReferred { get; set; }

    /// <summary>What was typed into the coordinator's unit search; never saved.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? CoordinatorUnitQuery { get; set; }

    /// <summary>Every unit the form names, to check and to offer again.</summary>
    public IEnumerable<Guid> ChosenUnitIds() =>
        Goals.SelectMany(g => g.Activities).Select(a => a.ResponsibleUnitId).Append(CoordinatorUnitId).OfType<Guid>().Distinct();

    public static PlanInput From(PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PlanInput
        {
            OwnGoals = content.OwnGoals,
            Resources = content.Resources,
            Goals = content.Goals.Select(GoalInput.From).ToList(),
            IfWorse = content.IfWorse,
            CoordinatorName = content.Coordinator?.Name,
            CoordinatorUnitId = content.Coordinator?.UnitId,
            FollowUpOn = content.FollowUpOn,
            NewNeedsReferred = content.NewNeedsReferred,
        };
    }

    public void DropBlankRows()
    {
        foreach (var goal in Goals)
        {
            goal.SubGoals.RemoveAll(s => s.IsBlank);
            goal.Activities.RemoveAll(a => a.IsBlank);
        }

        Goals.RemoveAll(g => g.IsBlank);
    }

    /// <summary>Rows are only appended, so the indexes of the rows with text stay the same.</summary>
    public void EnsureRows()
    {
        if (Goals.Count == 0)
        {
            Goals.Add(GoalInput.NewRow());
        }

        foreach (var goal in Goals.Where(g => g.Activities.Count == 0))
        {
            goal.Activities.Add(new ActivityInput());
        }

        // One empty sub-goal line to write in, also without JavaScript.
        foreach (var goal in Goals.Where(g => g.SubGoals.Count == 0 || !g.SubGoals[^1].IsBlank))
        {
            goal.SubGoals.Add(new SubGoalInput());
        }
    }

    public PlanContent ToContent(IReadOnlyList<UnitInfo> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var coordinatorUnit = units.FirstOrDefault(u => u.Id == CoordinatorUnitId);
        return new PlanContent(
            FormText.OrNull(OwnGoals),
            FormText.OrNull(Resources),
            Goals.Select(g => g.ToGoal()).ToList(),
            FormText.OrNull(IfWorse),
            coordinatorUnit is null ? null : new Coordinator(FormText.OrEmpty(CoordinatorName), coordinatorUnit.Id, coordinatorUnit.OrganisationId, coordinatorUnit.Kind),
            FollowUpOn,
            FormText.OrNull(NewNeedsReferred));
    }
}

public sealed class GoalInput
{
    /// <summary>Empty for a row not saved yet: the domain gives it an id when it is saved.</summary>
    public Guid Id { get; set; }

    public NeedDomain Domain { get; set; }

    public string? Need { get; set; }

    public string? Goal { get; set; }

    /// <summary>The individual's own words, not held to du-form (R-PLAN-4).</summary>
    public bool KeepAsWritten { get; set; }

    /// <summary>One row per sub-goal; a row emptied of text is removed when saved.</summary>
    public List<SubGoalInput> SubGoals { get; set; } = [];

    public List<ActivityInput> Activities { get; set; } = [];

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Need) && string.IsNullOrWhiteSpace(Goal) && SubGoals.All(s => s.IsBlank) && Activities.All(a => a.IsBlank);

    public static GoalInput NewRow() => new() { Activities = [new ActivityInput()] };

    public static GoalInput From(PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new GoalInput
        {
            Id = goal.Id,
            Domain = goal.Domain,
            Need = goal.Need,
            Goal = goal.Goal,
            KeepAsWritten = goal.KeptAsWritten,
            SubGoals = goal.SubGoals.Select(s => new SubGoalInput { Id = s.Id, Text = s.Text }).ToList(),
            Activities = goal.Activities.Select(ActivityInput.From).ToList(),
        };
    }

    public PlanGoal ToGoal() => new(
        Id,
        Domain,
        FormText.OrEmpty(Need),
        FormText.OrEmpty(Goal),
        SubGoals.Where(s => !s.IsBlank).Select(s => new SubGoal(s.Id, FormText.OrEmpty(s.Text))).ToList(),
        Activities.Select(a => a.ToActivity()).ToList())
    {
        KeptAsWritten = KeepAsWritten,
    };
}

public sealed class SubGoalInput
{
    /// <summary>Empty for a row not saved yet.</summary>
    public Guid Id { get; set; }

    public string? Text { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

public sealed class ActivityInput
{
    /// <summary>Empty for a row not saved yet.</summary>
    public Guid Id { get; set; }

    public string? What { get; set; }

    public ResponsibleKind Responsible { get; set; }

    public Guid? ResponsibleUnitId { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? ResponsibleName { get; set; }

    public string? TimePlan { get; set; }

    /// <summary>What was typed into the unit search of this row; never saved, not row text.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UnitQuery { get; set; }

    /// <summary>The responsible kind always has a value, so it does not count as text.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(What) && ResponsibleUnitId is null && string.IsNullOrWhiteSpace(ResponsibleName) && string.IsNullOrWhiteSpace(TimePlan);

    public static ActivityInput From(PlanActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityInput
        {
            Id = activity.Id,
            What = activity.What,
            Responsible = activity.Responsible,
            ResponsibleUnitId = activity.ResponsibleUnitId,
            ResponsibleName = activity.ResponsibleName,
            TimePlan = activity.TimePlan,
        };
    }

    public PlanActivity ToActivity() =>
        new(Id, FormText.OrEmpty(What), Responsible, ResponsibleUnitId, FormText.OrEmpty(ResponsibleName), FormText.OrEmpty(TimePlan));
}
