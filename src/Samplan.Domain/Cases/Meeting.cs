namespace Samplan.Domain.Cases;

/// <summary>The SIP meeting as held (R-MEET-1..3).</summary>
public sealed record Meeting(
    Guid Id,
    DateOnly HeldOn,
    string Chair,
    string Secretary,
    bool IndividualTookPart,
    string? Notes,
    IReadOnlyList<MeetingParticipant> Participants)
{
    public DateTimeOffset RecordedAt { get; init; }

    public Common.StaffRef? RecordedBy { get; init; }
}
