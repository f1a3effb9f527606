using Samplan.Domain.Common;

namespace Samplan.Domain.Distribution;

/// <summary>
/// That a participant, or the individual, got a copy of an agreed plan version, how and when
/// (R-DOC-2). A row of its own per copy beside the case, never part of it, so recording copies does
/// not compete with work on the plan. A later agreed version needs copies of its own.
/// </summary>
public sealed class PlanCopy
{
    private PlanCopy()
    {
        RecipientKey = null!;
        RecipientName = null!;
        RecordedBy = null!;
    }

    public const int MaxNameLength = 200;

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The agreed version the copy was of.</summary>
    public int PlanNumber { get; private set; }

    /// <summary>Who got it, as <see cref="PlanRecipient.Key"/> names them: a unit by its id, anyone else by name.</summary>
    public string RecipientKey { get; private set; }

    public string RecipientName { get; private set; }

    public PlanCopyMethod Method { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public string RecordedBy { get; private set; }

    public Guid RecordedByUnitId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records a copy of the agreed version <paramref name="agreedNumber"/>, agreed on
    /// <paramref name="agreedOn"/>; refused for a day before that or in the future.</summary>
    public static PlanCopy Record(Guid id, Guid caseId, int agreedNumber, DateOnly agreedOn, PlanRecipient recipient, PlanCopyMethod method, DateOnly? givenOn, StaffRef by, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(by);
        new Rules()
            .Require(Enum.IsDefined(method), "R-DOC-2", "plan-copy.method-missing", nameof(Method))
            .Require(givenOn is not null, "R-DOC-2", "plan-copy.date-missing", nameof(GivenOn))
            .Require(givenOn is not { } day || day <= today, "R-DOC-2", "plan-copy.date-in-future", nameof(GivenOn))
            .Require(givenOn is not { } first || first >= agreedOn, "R-DOC-2", "plan-copy.before-agreement", nameof(GivenOn))
            .ThrowIfAny();
        return new PlanCopy
        {
            Id = id,
            CaseId = caseId,
            PlanNumber = agreedNumber,
            RecipientKey = recipient.Key,
            RecipientName = recipient.Name.Length <= MaxNameLength ? recipient.Name : recipient.Name[..MaxNameLength],
            Method = method,
            GivenOn = givenOn!.Value,
            RecordedBy = by.Name,
            RecordedByUnitId = by.UnitId,
            RecordedAt = now,
        };
    }
}
