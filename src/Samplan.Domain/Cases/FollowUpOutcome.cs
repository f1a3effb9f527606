namespace Samplan.Domain.Cases;

/// <summary>What the follow-up decided (R-FU-3).</summary>
public enum FollowUpOutcome
{
    /// <summary>The plan stands; a new follow-up is booked.</summary>
    Continue,

    /// <summary>The plan is revised: a new draft version for approval.</summary>
    Revise,

    /// <summary>Larger changes: a new SIP, restarting the meeting phase, not the initiative.</summary>
    NewSip,

    /// <summary>Coordination is no longer needed or the goals are met.</summary>
    Close,
}
