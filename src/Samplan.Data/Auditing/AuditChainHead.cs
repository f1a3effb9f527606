namespace Samplan.Data.Auditing;

/// <summary>The last position and hash of the chain, so that deleting the newest rows shows too.</summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Sequence { get; set; }

    public string Hash { get; set; } = string.Empty;
}
