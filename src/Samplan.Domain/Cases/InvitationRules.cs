using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

internal static class InvitationRules
{
    public static void Check(Rules rules, Preparation? preparation, Invitation invitation, DateOnly today)
    {
        rules.RequireText(preparation?.Purpose, "R-CALL-1", "invitation.purpose-missing", nameof(Preparation.Purpose))
             .RequireText(preparation?.Goal, "R-CALL-1", "invitation.goal-missing", nameof(Preparation.Goal))
             .Require(!string.IsNullOrWhiteSpace(invitation.Place) || (invitation.Form == MeetingForm.Video && invitation.MeetingLink is not null), "R-CALL-2", "invitation.place-missing", nameof(Invitation.Place))
             .Require(invitation.MeetingDate >= today, "R-CALL-2", "invitation.date-in-past", nameof(Invitation.MeetingDate))
             .Require(invitation.EndTime is not { } end || end > invitation.StartTime, "R-CALL-2", "invitation.end-before-start", nameof(Invitation.EndTime))
             .Require(invitation.Form != MeetingForm.Video || invitation.MeetingLink is not null, "R-CALL-10", "invitation.link-missing", nameof(Invitation.MeetingLink))
             .Require(invitation.MeetingLink is null || IsMeetingLink(invitation.MeetingLink), "R-CALL-10", "invitation.link-invalid", nameof(Invitation.MeetingLink))
             .Require(invitation.AnswerBy is not { } by || by >= today, "R-CALL-4", "invitation.answer-by-in-past", nameof(Invitation.AnswerBy))
             .Require(invitation.AnswerBy is not { } due || due <= invitation.MeetingDate, "R-CALL-4", "invitation.answer-by-after-meeting", nameof(Invitation.AnswerBy))
             .Require(invitation.Invitees.Count > 0, "R-CALL-4", "invitation.no-invitees", nameof(Invitation.Invitees));

        for (var i = 0; i < invitation.Invitees.Count; i++)
        {
            var invitee = invitation.Invitees[i];
            rules.RequireText(invitee.Name, "R-CALL-4", "invitation.invitee-name-missing", $"{nameof(Invitation.Invitees)}[{i}].{nameof(Invitee.Name)}")
                 .Require(invitee.Kind != InviteeKind.Unit || invitee.UnitId is not null, "R-CALL-4", "invitation.invitee-unit-missing", $"{nameof(Invitation.Invitees)}[{i}].{nameof(Invitee.UnitId)}")
                 .Require(invitee.UnitKind?.TakesPartInPlans() != false, "R-CALL-5", "invitation.staff-office", nameof(Invitation.Invitees));
        }
    }

    /// <summary>A link a calendar and a browser can open: absolute https (a video service's own
    /// address), not so long that it carries a message of its own.</summary>
    public static bool IsMeetingLink(string link) =>
        link.Length <= Invitation.MaxLinkLength
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);
}
