namespace Samplan.Data.Jobs;

/// <summary>Who runs a background job now: one row per job, taken with a conditional upsert so
/// that of several app nodes on one database only one holds it, until it expires.</summary>
public sealed class JobLease
{
    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}
