namespace Samplan.Domain.Cases;

/// <summary>One numbered version of the plan. An agreed version never changes; changes make a new
/// draft that needs approval again (R-PLAN-11).</summary>
public sealed record PlanVersion(int Number, PlanStatus Status, PlanContent Content, DateTimeOffset CreatedAt)
{
    public PlanApproval? Approval { get; init; }

    public DateTimeOffset? AgreedAt { get; init; }

    public Common.StaffRef? AgreedBy { get; init; }

    /// <summary>Set when the version is agreed: <see cref="PlanContentHash"/> of what was approved.
    /// Versions agreed before the hash existed have none.</summary>
    public string? ContentHash { get; init; }
}
