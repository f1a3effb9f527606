namespace Samplan.Domain.Cases;

/// <summary>A need, the goal that answers it in du-form, its sub-goals and activities (R-PLAN-3..5).</summary>
public sealed record PlanGoal(
    NeedDomain Domain,
    string Need,
    string Goal,
    IReadOnlyList<string> SubGoals,
    IReadOnlyList<PlanActivity> Activities);
