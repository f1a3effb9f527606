using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

/// <summary>
/// Who switched the case to manual handling because the person got protected personal data, when
/// and why (R-PROT-2), and what the case was before, so a mistaken mark can be lifted (R-PROT-3).
/// A lifted mark stays on the case with who lifted it and why.
/// </summary>
public sealed record ProtectionMark(
    StaffRef MarkedBy,
    string MarkedByUnitName,
    DateTimeOffset MarkedAt,
    string Reason,
    CasePhase PhaseBefore,
    bool SharedBefore,
    StaffRef? LiftedBy = null,
    string? LiftedByUnitName = null,
    DateTimeOffset? LiftedAt = null,
    string? LiftReason = null)
{
    public bool IsActive => LiftedAt is null;
}
