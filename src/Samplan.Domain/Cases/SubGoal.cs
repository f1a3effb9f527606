namespace Samplan.Domain.Cases;

/// <summary>A step on the way to a goal (R-PLAN-4). It has an id of its own so that an edit made
/// while someone else removes another sub-goal still lands on the one it was made to.</summary>
public sealed record SubGoal(Guid Id, string Text);
