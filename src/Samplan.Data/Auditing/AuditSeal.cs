namespace Samplan.Data.Auditing;

/// <summary>
/// One event's place in the keyed hash chain, written by the sealer and never changed. Apart
/// from the event row because setting these on the event meant an UPDATE of a row with seven
/// indexes (no HOT update, every index written again): a third of what two cores could append
/// (docs/benchmarks.md, "Audit log throughput"). Here sealing is one narrow INSERT with two
/// indexes, and <c>AuditEvents</c> refuses every UPDATE.
/// </summary>
public sealed class AuditSeal
{
    /// <summary>Contiguous position in the chain, from 1. The event's own id is its insertion
    /// order and has gaps (rolled-back inserts); this has none.</summary>
    public long Sequence { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
