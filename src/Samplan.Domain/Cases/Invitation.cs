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

    /// <summary>Raised by every change after sending (a move, the voiding), so calendars take the
    /// latest version of the same event (iCalendar SEQUENCE).</summary>
    public int Sequence { get; init; }

    /// <summary>Set when the invitation was voided (makulerad, R-CALL-9); it is then not answered.</summary>
    public InvitationVoid? Voided { get; init; }
}

/// <summary>Why, when and by whom a sent invitation was voided (R-CALL-9).</summary>
public sealed record InvitationVoid(string Reason, DateTimeOffset At, string By);
