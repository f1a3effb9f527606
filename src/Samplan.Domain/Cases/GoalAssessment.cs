namespace Samplan.Domain.Cases;

/// <summary>How far one goal of the agreed plan was reached (R-FU-1).</summary>
public sealed record GoalAssessment(int GoalIndex, GoalFulfilment Fulfilment, string? Comment);
