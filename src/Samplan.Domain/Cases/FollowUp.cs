namespace Samplan.Domain.Cases;

/// <summary>The follow-up of an agreed plan version (R-FU-1..3).</summary>
public sealed record FollowUp(
    DateOnly HeldOn,
    int PlanVersion,
    IReadOnlyList<GoalAssessment> Assessments,
    string? Summary,
    FollowUpOutcome Outcome,
    DateOnly? NextFollowUpOn,
    CloseReason? CloseReason)
{
    public DateTimeOffset RecordedAt { get; init; }

    public Common.StaffRef? RecordedBy { get; init; }
}
