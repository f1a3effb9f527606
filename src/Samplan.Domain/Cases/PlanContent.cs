namespace Samplan.Domain.Cases;

/// <summary>The editable body of a plan version (R-PLAN-1..9).</summary>
public sealed record PlanContent(
    string? OwnGoals,
    string? Resources,
    IReadOnlyList<PlanGoal> Goals,
    string? IfWorse,
    Coordinator? Coordinator,
    DateOnly? FollowUpOn,
    string? NewNeedsReferred)
{
    public static PlanContent Empty { get; } = new(null, null, [], null, null, null, null);
}
