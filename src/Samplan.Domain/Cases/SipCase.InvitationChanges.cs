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

        Invitations = [.. Invitations.Take(Invitations.Count - 1), current with { MeetingDate = meetingDate, StartTime = startTime, Place = where, Sequence = current.Sequence + 1 }];
        RefreshNextDue();
        Record(CaseEventKind.InvitationMoved, by, now, meetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
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
