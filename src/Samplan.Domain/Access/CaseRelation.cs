namespace Samplan.Domain.Access;

/// <summary>How the acting unit stands to a case; a unit can hold several relations at once (the
/// initiator is responsible until a coordinator is named).</summary>
[Flags]
public enum CaseRelation
{
    None = 0,

    /// <summary>Answers for the case now and convenes the meeting: the coordinator's unit, else the initiator's.</summary>
    Responsible = 1,

    /// <summary>The coordinator's unit from the agreed plan; before a plan, the responsible unit.</summary>
    Coordinating = 2,

    /// <summary>The unit that took the initiative.</summary>
    Initiating = 4,

    /// <summary>Invited, and run by a huvudman: health care or social services.</summary>
    InvitedHuvudman = 8,

    /// <summary>Invited, but not a huvudman: a school, Försäkringskassan, another actor.</summary>
    InvitedOtherActor = 16,

    /// <summary>Carries out an activity in the plan.</summary>
    ActivityResponsible = 32,

    /// <summary>Takes part and is run by a huvudman (health care or social services).</summary>
    Huvudman = 64,

    /// <summary>Told of the case by a message, or added to it, without another role yet.</summary>
    Participant = 128,
}
