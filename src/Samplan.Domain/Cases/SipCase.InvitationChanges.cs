using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Moves the meeting of the sent invitation (R-CALL-9): a new date, time or place, the
    /// same invitation (its answers stand, the invitees are told), its sequence raised.</summary>
    public void MoveInvitation(DateOnly meetingDate, TimeOnly startTime, string? place, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureConsentThen(now, CasePhase.Invited);
        var current = CurrentInvitation!;
        var where = string.IsNullOrWhiteSpace(place) ? current.Place : place.Trim();
        new Rules()
            .Require(meetingDate >= Today(now), "R-CALL-2", "invitation.date-in-past", nameof(Invitation.MeetingDate))
            .Require(meetingDate != current.MeetingDate || startTime != current.StartTime || where != current.Place, "R-CALL-9", "invitation.move-unchanged", nameof(Invitation.MeetingDate))
            .ThrowIfAny();

        Invitations = [.. Invitations.Take(Invitations.Count - 1), current with
        {
            MeetingDate = meetingDate,
            StartTime = startTime,
            // The meeting keeps its length; an answer-by day past the new date gives way to it (AnswersDueOn).
            EndTime = current.EndTime is null ? null : EndOf(startTime, current.Duration),
            Place = where,
            Sequence = current.Sequence + 1,
        }];
        RefreshNextDue();
        Record(CaseEventKind.InvitationMoved, by, now, meetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The end of a meeting of <paramref name="length"/> starting at <paramref name="start"/>;
    /// none when it would pass midnight, since a time alone cannot say the next day.</summary>
    private static TimeOnly? EndOf(TimeOnly start, TimeSpan length)
    {
        var end = start.Add(length, out var wrappedDays);
        return wrappedDays == 0 ? end : null;
    }

    /// <summary>Voids the sent invitation with a reason (makulering, R-CALL-9): it can no longer be
    /// answered, the invitees are told, and the case is back in preparation for a new invitation.</summary>
    public void VoidInvitation(string? reason, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsurePhase(CasePhase.Invited);
        new Rules().RequireText(reason, "R-CALL-9", "invitation.void-reason-missing", nameof(InvitationVoid.Reason)).ThrowIfAny();

        var current = CurrentInvitation!;
        Invitations = [.. Invitations.Take(Invitations.Count - 1), current with { Voided = new InvitationVoid(reason!.Trim(), now, by.Name), Sequence = current.Sequence + 1 }];
        Phase = CasePhase.Preparing;
        RefreshNextDue();
        Record(CaseEventKind.InvitationVoided, by, now);
    }
}
