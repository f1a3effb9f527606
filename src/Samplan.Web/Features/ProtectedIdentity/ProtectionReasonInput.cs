using System.ComponentModel.DataAnnotations;

namespace Samplan.Web.Features.ProtectedIdentity;

/// <summary>Why a protected identity mark is made or lifted; the domain requires it (R-PROT-2, R-PROT-3).</summary>
public sealed class ProtectionReasonInput
{
    [StringLength(1000)]
    public string? Reason { get; set; }
}
