namespace Samplan.Domain.Cases;

/// <summary>Where a SIP stands. The order follows the seeds: Bedömning → Samtycke → Förberedelser →
/// Kallelse → Möte → Dokumentation → Uppföljning → Avslut.</summary>
public enum CasePhase
{
    /// <summary>Initiative taken; consent not yet recorded.</summary>
    Initiated,

    /// <summary>Consent recorded; preparing the meeting with the individual.</summary>
    Preparing,

    /// <summary>Invitation sent; waiting for the meeting.</summary>
    Invited,

    /// <summary>Meeting held; the plan is a draft awaiting the individual's approval.</summary>
    PlanDraft,

    /// <summary>The plan is agreed and in force until its follow-up.</summary>
    Active,

    Closed,

    /// <summary>Protected identity: no digital processing (R-PROT-1).</summary>
    ManualHandling,
}
