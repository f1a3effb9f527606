namespace Samplan.Domain.Cases;

/// <summary>What the next date of a case is for, so a list can say what is due and not only when.</summary>
public enum DueKind
{
    /// <summary>R-INIT-4: the huvudmän contact each other (also after a follow-up that asks for a new plan).</summary>
    FirstContact,

    /// <summary>R-INIT-5: the invitation after discharge readiness.</summary>
    Invitation,

    /// <summary>The booked SIP meeting.</summary>
    Meeting,

    /// <summary>The drafted plan is to be agreed.</summary>
    PlanAgreement,

    /// <summary>The booked follow-up of the plan (R-PLAN-8).</summary>
    FollowUp,
}
