namespace Samplan.Domain.Cases;

/// <summary>The kallelse to a SIP meeting (R-CALL-1..6).</summary>
public sealed record Invitation(
    Guid Id,
    MeetingForm Form,
    string Place,
    DateOnly MeetingDate,
    TimeOnly StartTime,
    string? Message,
    IReadOnlyList<Invitee> Invitees)
{
    public DateTimeOffset SentAt { get; init; }

    public Common.StaffRef? SentBy { get; init; }
}
