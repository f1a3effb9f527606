namespace Samplan.Web.Auditing;

/// <summary>Settings under <c>Samplan:Audit</c> (the key itself is read by <see cref="AuditKey"/>).</summary>
public sealed class AuditOptions
{
    public const string Section = "Samplan:Audit";

    /// <summary>Rows left unsealed longer than this are reported: on /audit/verify, in /health and in the log.</summary>
    public int MaxUnsealedSeconds { get; set; } = 10;

    /// <summary>How many rows one sealing transaction chains.</summary>
    public int SealBatchSize { get; set; } = 2000;
}
