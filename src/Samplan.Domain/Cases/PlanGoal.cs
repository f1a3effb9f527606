namespace Samplan.Domain.Cases;

/// <summary>A need, the goal that answers it in du-form, its sub-goals and activities (R-PLAN-3..5).</summary>
public sealed record PlanGoal(
    NeedDomain Domain,
    string Need,
    string Goal,
    IReadOnlyList<string> SubGoals,
    IReadOnlyList<PlanActivity> Activities)
{
    /// <summary>The individual wants the goal in their own words, so it is kept as written and
    /// not held to du-form (R-PLAN-1, R-PLAN-4).</summary>
    public bool KeptAsWritten { get; init; }
}
