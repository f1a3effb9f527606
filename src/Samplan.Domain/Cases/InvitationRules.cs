using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

internal static class InvitationRules
{
    public static void Check(Rules rules, Preparation? preparation, Invitation invitation, DateOnly today)
    {
        rules.RequireText(preparation?.Purpose, "R-CALL-1", "invitation.purpose-missing", nameof(Preparation.Purpose))
             .RequireText(preparation?.Goal, "R-CALL-1", "invitation.goal-missing", nameof(Preparation.Goal))
             .RequireText(invitation.Place, "R-CALL-2", "invitation.place-missing", nameof(Invitation.Place))
             .Require(invitation.MeetingDate >= today, "R-CALL-2", "invitation.date-in-past", nameof(Invitation.MeetingDate))
             .Require(invitation.Invitees.Count > 0, "R-CALL-4", "invitation.no-invitees", nameof(Invitation.Invitees));

        for (var i = 0; i < invitation.Invitees.Count; i++)
        {
            var invitee = invitation.Invitees[i];
            rules.RequireText(invitee.Name, "R-CALL-4", "invitation.invitee-name-missing", $"{nameof(Invitation.Invitees)}[{i}].{nameof(Invitee.Name)}")
                 .Require(invitee.Kind != InviteeKind.Unit || invitee.UnitId is not null, "R-CALL-4", "invitation.invitee-unit-missing", $"{nameof(Invitation.Invitees)}[{i}].{nameof(Invitee.UnitId)}")
                 .Require(invitee.UnitKind?.TakesPartInPlans() != false, "R-CALL-5", "invitation.staff-office", nameof(Invitation.Invitees));
        }
    }
}
