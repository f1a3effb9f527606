namespace Samplan.Domain.Cases;

/// <summary>How far one goal of the agreed plan was reached (R-FU-1). The goal is named by its
/// id, not its place: a revised plan may drop or add goals, and a place would then name another.</summary>
public sealed record GoalAssessment(Guid GoalId, GoalFulfilment Fulfilment, string? Comment);
