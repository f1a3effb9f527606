namespace Samplan.Domain.Directory;

/// <summary>Every row of an extract with its outcome, in file order.</summary>
public sealed record UnitImportReport(IReadOnlyList<UnitImportRowResult> Rows)
{
    public int Created => Count(UnitImportOutcome.Created);

    public int Updated => Count(UnitImportOutcome.Updated);

    public int Unchanged => Count(UnitImportOutcome.Unchanged);

    public int Refused => Count(UnitImportOutcome.Refused);

    public int Accepted => Rows.Count - Refused;

    public IEnumerable<UnitImportRowResult> AcceptedRows => Rows.Where(r => r.IsAccepted);

    public IEnumerable<UnitImportRowResult> RefusedRows => Rows.Where(r => !r.IsAccepted);

    private int Count(UnitImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
