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
}
