using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>The keyed hash that links each audit event to the one before it.</summary>
public sealed class AuditChain(AuditKey key)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The keyed hash of <paramref name="e"/> at <paramref name="sequence"/> after
    /// <paramref name="previousHash"/>. The fields and their order are those of the rows sealed
    /// when the position and hashes were columns of the event, so those rows still verify.</summary>
    public string HashOf(AuditEvent e, long sequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        var fields = new List<string>
        {
            sequence.ToString(CultureInfo.InvariantCulture),
            e.Code.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId ?? string.Empty,
            e.UserName ?? string.Empty,
            e.UnitId?.ToString() ?? string.Empty,
            e.OrganisationId?.ToString() ?? string.Empty,
            e.IndividualId?.ToString() ?? string.Empty,
            e.CaseId?.ToString() ?? string.Empty,
            e.SubjectOrganisationId?.ToString() ?? string.Empty,
            e.SubjectIndividualId?.ToString() ?? string.Empty,
            e.ClientAddress ?? string.Empty,
            e.Outcome,
            e.Detail ?? string.Empty,
            previousHash,
        };

        // Only collapsed rows carry a count, so rows sealed before counts existed keep their hash.
        if (e.Repeats > 1)
        {
            fields.Add("repeats=" + e.Repeats.ToString(CultureInfo.InvariantCulture));
        }

        // Likewise the actor fields: only rows where someone other than the professional acted
        // carry them, so every row sealed before they existed keeps its hash.
        if (e.ActorKind is not null)
        {
            fields.Add("actor=" + e.ActorKind);
        }

        if (e.OnBehalfOfIndividualId is { } behalf)
        {
            fields.Add("behalf=" + behalf.ToString());
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));
    }

    public string SealOf(AuditChainHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var text = string.Create(CultureInfo.InvariantCulture, $"head\u001f{head.Sequence}\u001f{head.Hash}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The verified position gets its own keyed hash (another prefix than the head's), so
    /// nobody without the key can move it forward over rows they changed.</summary>
    public string VerifiedSealOf(AuditChainHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var text = string.Create(CultureInfo.InvariantCulture, $"verified\u001f{head.VerifiedSequence}\u001f{head.VerifiedHash}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>PostgreSQL keeps microseconds; the hashed instant must survive the round trip.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
