using System.Security.Cryptography;

namespace Samplan.Domain.Cases;

/// <summary>
/// A short reference for a case, "SIP-3F2A9C1B", that can be read aloud and matched between a
/// masked row in a list and the case page (R-PROT-1: the list cannot show who it is). Hashed
/// from the id rather than cut from it, because ids made one after another share their first
/// characters; eight hex digits keep accidental equality rare among one unit's cases.
/// </summary>
public static class CaseReference
{
    public const string Prefix = "SIP-";

    public static string For(Guid caseId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(caseId.ToByteArray(), hash);
        return Prefix + Convert.ToHexString(hash[..4]);
    }
}
