namespace Samplan.Domain.Cases;

/// <summary>A need, the goal that answers it in du-form, its sub-goals and activities (R-PLAN-3..5).
/// The id never changes: a revision of the plan carries it over, and a follow-up names the goal by it.</summary>
public sealed record PlanGoal(
    Guid Id,
    NeedDomain Domain,
    string Need,
    string Goal,
    IReadOnlyList<SubGoal> SubGoals,
    IReadOnlyList<PlanActivity> Activities)
{
    /// <summary>The individual wants the goal in their own words, so it is kept as written and
    /// not held to du-form (R-PLAN-1, R-PLAN-4).</summary>
    public bool KeptAsWritten { get; init; }
}
