using Samplan.Domain.Cases;

namespace Samplan.Data.CaseList;

/// <summary>
/// One unit's line for one case: the columns the case list filters and sorts on, kept next to each
/// other so that a unit's first page in due order, and its count of due cases, come from one index
/// range instead of every case the unit has ever taken part in joined and sorted
/// (docs/benchmarks.md, "Case list from its own index").
/// </summary>
/// <remarks>
/// Written only by the database's triggers on <c>CaseUnits</c>, <c>Cases</c> and <c>Individuals</c>
/// (<see cref="CaseListEntrySql"/>), so every writer keeps it right: the app, a bulk load, an
/// operator's SQL. The app only reads it, and never as the rule for who sees a case: the list
/// still applies <c>CaseVisibility</c> to the cases it joins.
/// </remarks>
public sealed class CaseListEntry
{
    /// <summary>The sort key for "no deadline": after every real date, so those cases come last.</summary>
    public static readonly DateOnly NoDeadline = DateOnly.MaxValue;

    public Guid UnitId { get; private set; }

    public Guid CaseId { get; private set; }

    public bool IsOpen { get; private set; }

    public CasePhase Phase { get; private set; }

    /// <summary>The case's next deadline, or <see cref="NoDeadline"/>.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The individual's family name, the list's second sort key.</summary>
    public string FamilyName { get; private set; } = string.Empty;

    /// <summary>The unit answers for the case (it sees it whatever the consent says).</summary>
    public bool IsResponsible { get; private set; }

    public bool IsSharedWithParticipants { get; private set; }

    public DateOnly? ConsentValidUntil { get; private set; }
}
