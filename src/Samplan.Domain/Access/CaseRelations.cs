using Samplan.Domain.Cases;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Access;

/// <summary>The acting unit's relations to a case, read from the case's units and roles, the
/// invitation's invitees and the plan's activities (as roles), and the unit's own kind.</summary>
public static class CaseRelations
{
    public static CaseRelation Of(SipCase sipCase, Guid unitId, UnitKind unitKind)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        var roles = sipCase.Units.Where(u => u.UnitId == unitId).Select(u => u.Role).ToHashSet();
        // Sending an invitation gives each invited unit the Invited role, and agreeing the plan
        // the ActivityResponsible role, so the roles are the whole story; a unit named only in an
        // unsaved draft does not see the case yet either.
        var invited = roles.Contains(CaseUnitRole.Invited);
        var activity = roles.Contains(CaseUnitRole.ActivityResponsible);
        var isHuvudman = unitKind is UnitKind.HealthCare or UnitKind.SocialServices;

        var relations = CaseRelation.None;
        if (sipCase.ResponsibleUnitId == unitId)
        {
            relations |= CaseRelation.Responsible;
        }

        if ((sipCase.Coordinator?.UnitId ?? sipCase.ResponsibleUnitId) == unitId)
        {
            relations |= CaseRelation.Coordinating;
        }

        if (sipCase.InitiatingUnitId == unitId)
        {
            relations |= CaseRelation.Initiating;
        }

        if (invited)
        {
            relations |= isHuvudman ? CaseRelation.InvitedHuvudman : CaseRelation.InvitedOtherActor;
        }

        if (activity)
        {
            relations |= CaseRelation.ActivityResponsible;
        }

        if (roles.Contains(CaseUnitRole.Participant))
        {
            relations |= CaseRelation.Participant;
        }

        if (relations != CaseRelation.None && isHuvudman)
        {
            relations |= CaseRelation.Huvudman;
        }

        return relations;
    }
}
