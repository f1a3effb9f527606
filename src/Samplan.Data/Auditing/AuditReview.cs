namespace Samplan.Data.Auditing;

/// <summary>A documented log review: a random sample or a review on suspicion, with its outcome.</summary>
public sealed class AuditReview
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string ReviewerId { get; set; } = string.Empty;

    public string ReviewerName { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    /// <summary>What was reviewed: the filter or sample, described without personal data.</summary>
    public string Scope { get; set; } = string.Empty;

    /// <summary>The audit event sequences that were looked at, comma separated.</summary>
    public string EventSequences { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;

    public string? Findings { get; set; }
}
