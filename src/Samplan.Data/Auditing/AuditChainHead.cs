namespace Samplan.Data.Auditing;

/// <summary>The last position and hash of the chain, so that deleting the newest rows shows too.</summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Sequence { get; set; }

    public string Hash { get; set; } = string.Empty;

    /// <summary>A keyed hash over the position and hash, so the head cannot be wound back to an
    /// earlier row after the newest rows are deleted.</summary>
    public string Seal { get; set; } = string.Empty;

    /// <summary>Every event with an id up to this one is sealed or will never exist (a rolled-back
    /// insert), so the sealer looks only above it. Not part of <see cref="Seal"/>: moving it back
    /// only makes the sealer look again at rows it sealed (it skips them), and moving it forward
    /// over unsealed rows hides nothing that deleting them before sealing would not.</summary>
    public long SealedThroughEventId { get; set; }

    /// <summary>Where the last intact verification ended, so the next one starts there.</summary>
    public long VerifiedSequence { get; set; }

    public string VerifiedHash { get; set; } = string.Empty;

    /// <summary>A keyed hash over the verified position, so it cannot be moved past tampering.</summary>
    public string VerifiedSeal { get; set; } = string.Empty;
}
