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

    /// <summary>When the meeting ends (R-CALL-2); without it calendars get <see cref="AssumedLength"/>.</summary>
    public TimeOnly? EndTime { get; init; }

    /// <summary>The video meeting's link (R-CALL-10): sent to the invitees by themselves, never
    /// with personal data beside it. Only for <see cref="MeetingForm.Video"/>.</summary>
    public string? MeetingLink { get; init; }

    public const int MaxLinkLength = 500;

    /// <summary>The day by which the convener wants every answer (R-CALL-4); never after the meeting.</summary>
    public DateOnly? AnswerBy { get; init; }

    /// <summary>The day answers are due: the convener's day, or the meeting's when none was set or it
    /// was moved before it.</summary>
    public DateOnly AnswersDueOn => AnswerBy is { } by && by < MeetingDate ? by : MeetingDate;

    /// <summary>An invitation sent before end times were asked for has a start only; calendars need
    /// an end. Our choice: a SIP meeting's usual length.</summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromMinutes(90);

    /// <summary>The length of the meeting: as planned, or <see cref="AssumedLength"/>.</summary>
    public TimeSpan Duration => EndTime is { } end && end > StartTime ? end - StartTime : AssumedLength;

    /// <summary>Raised by every change after sending (a move, the voiding), so calendars take the
    /// latest version of the same event (iCalendar SEQUENCE).</summary>
    public int Sequence { get; init; }

    /// <summary>Set when the invitation was voided (makulerad, R-CALL-9); it is then not answered.</summary>
    public InvitationVoid? Voided { get; init; }
}

/// <summary>Why, when and by whom a sent invitation was voided (R-CALL-9).</summary>
public sealed record InvitationVoid(string Reason, DateTimeOffset At, string By);
