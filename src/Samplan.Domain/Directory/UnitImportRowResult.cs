namespace Samplan.Domain.Directory;

/// <summary>What the import does with one row. <see cref="HsaId"/> and <see cref="Name"/> are
/// trimmed as given (possibly invalid); <see cref="ExistingUnitId"/> is set for an update;
/// <see cref="OtherLines"/> names the other lines of a duplicate; <see cref="Kind"/> is the kind
/// the row gives, null when it gives none (a new unit is then hälso- och sjukvård, a known one keeps its kind).</summary>
public sealed record UnitImportRowResult(
    int Line,
    string HsaId,
    string Name,
    UnitImportOutcome Outcome,
    IReadOnlyList<UnitImportRefusal> Refusals,
    Guid? ExistingUnitId = null,
    IReadOnlyList<int>? OtherLines = null,
    UnitKind? Kind = null)
{
    public bool IsAccepted => Outcome != UnitImportOutcome.Refused;
}
