namespace Samplan.Web.Jobs;

/// <summary>Settings under <c>Samplan:Jobs</c>.</summary>
public sealed class JobOptions
{
    public const string Section = "Samplan:Jobs";

    /// <summary>Off only for tools that host the app's services without its background work.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between two rounds of the job loop.</summary>
    public int IntervalMilliseconds { get; set; } = 250;

    /// <summary>How long a lease holds without being renewed: a crashed node's jobs move to
    /// another node after this long. Far above one run, far below what an auditor would notice.</summary>
    public int LeaseSeconds { get; set; } = 30;
}
