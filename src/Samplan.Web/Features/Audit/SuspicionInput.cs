using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Features.Audit;

/// <summary>Whose accesses to review on suspicion, when, and why.</summary>
public sealed class SuspicionInput
{
    public const int MaxReason = 800;

    /// <summary>The person whose data may have been accessed without need.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Pnr { get; set; }

    /// <summary>The user name of the professional under suspicion.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UserName { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Reason { get; set; }
}
