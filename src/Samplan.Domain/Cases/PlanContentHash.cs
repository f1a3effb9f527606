using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samplan.Domain.Cases;

/// <summary>The fingerprint an approval is bound to (R-PLAN-10, R-PLAN-11): SHA-256 over a fixed
/// JSON text of the case, the version number and the content. The text is what is stored with an
/// agreed version, so the hash can always be checked against the stored text itself; it does not
/// depend on the record types staying as they are today.</summary>
public static class PlanContentHash
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The text that is hashed and stored: case id, version number and content.</summary>
    public static string CanonicalText(Guid caseId, int number, PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonSerializer.Serialize(new { caseId, number, content }, Canonical);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Of(string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));
    }

    public static string Of(Guid caseId, int number, PlanContent content) => Of(CanonicalText(caseId, number, content));

    /// <summary>The first 16 hex digits grouped in fours, for print and the screen.</summary>
    public static string Short(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var head = hash.Length >= 16 ? hash[..16] : hash;
        return string.Join(' ', Enumerable.Range(0, (head.Length + 3) / 4).Select(i => head.Substring(i * 4, Math.Min(4, head.Length - (i * 4)))));
    }
}
