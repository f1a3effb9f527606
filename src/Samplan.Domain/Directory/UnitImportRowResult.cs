namespace Samplan.Domain.Directory;

/// <summary>What the import does with one row. <see cref="HsaId"/> and <see cref="Name"/> are
/// trimmed as given (possibly invalid); <see cref="ExistingUnitId"/> is set for an update;
/// <see cref="OtherLines"/> names the other lines of a duplicate.</summary>
public sealed record UnitImportRowResult(
    int Line,
    string HsaId,
    string Name,
    UnitImportOutcome Outcome,
    IReadOnlyList<UnitImportRefusal> Refusals,
    Guid? ExistingUnitId = null,
    IReadOnlyList<int>? OtherLines = null)
{
    public bool IsAccepted => Outcome != UnitImportOutcome.Refused;
}
