using Samplan.Domain.Common;

namespace Samplan.Domain.Deviations;

/// <summary>
/// A deviation reported on a case (R-DEV-1): what happened, whom it concerns, who reported it. Kept
/// with the case as a row of its own, so reporting never competes with work on the case. Handling
/// it between the organisations (receipt, investigation, answer) builds on this row later.
/// </summary>
public sealed class DeviationReport
{
    private DeviationReport()
    {
        AboutName = null!;
        Description = null!;
        ReportedBy = null!;
        ReportedByUserId = null!;
    }

    public const int MaxTextLength = 2000;

    public const int MaxNameLength = 200;

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DeviationKind Kind { get; private set; }

    /// <summary>The invitation it arose from, when it is about an invitee.</summary>
    public Guid? InvitationId { get; private set; }

    /// <summary>The invitee it concerns, so the prompt is not offered for them again.</summary>
    public Guid? InviteeId { get; private set; }

    /// <summary>The unit it concerns, when it is a unit in the system.</summary>
    public Guid? AboutUnitId { get; private set; }

    /// <summary>Whom it concerns, as the case named them.</summary>
    public string AboutName { get; private set; }

    public string Description { get; private set; }

    public Guid ReportedByUnitId { get; private set; }

    public string ReportedBy { get; private set; }

    public string ReportedByUserId { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    /// <summary>A report by <paramref name="by"/>; refused without a description or whom it is
    /// about. <paramref name="invitee"/> names the invitee of <paramref name="invitationId"/> it
    /// concerns, when it arose from the prompt; otherwise <paramref name="aboutName"/> says whom.</summary>
    public static DeviationReport Report(Guid id, Guid caseId, DeviationKind kind, Guid? invitationId, Cases.Invitee? invitee, string? aboutName, string? description, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        var about = (invitee?.Name ?? aboutName)?.Trim();
        var what = description?.Trim();
        new Rules()
            .Require(Enum.IsDefined(kind), "R-DEV-1", "deviation.kind-missing", nameof(Kind))
            .RequireText(about, "R-DEV-1", "deviation.about-missing", nameof(AboutName))
            .Require(about is null || about.Length <= MaxNameLength, "R-DEV-1", "deviation.about-too-long", nameof(AboutName))
            .RequireText(what, "R-DEV-1", "deviation.description-missing", nameof(Description))
            .Require(what is null || what.Length <= MaxTextLength, "R-DEV-1", "deviation.description-too-long", nameof(Description))
            .ThrowIfAny();
        return new DeviationReport
        {
            Id = id,
            CaseId = caseId,
            Kind = kind,
            InvitationId = invitee is null ? null : invitationId,
            InviteeId = invitee?.Id,
            AboutUnitId = invitee?.UnitId,
            AboutName = about!,
            Description = what!,
            ReportedByUnitId = by.UnitId,
            ReportedBy = by.Name,
            ReportedByUserId = by.UserId,
            ReportedAt = now,
        };
    }
}
