namespace Samplan.Domain.Cases;

/// <summary>Why a unit takes part in a case; access control reads these.</summary>
public enum CaseUnitRole
{
    Initiating,
    Invited,
    Coordinator,
    ActivityResponsible,

    /// <summary>Told of the case by a message (the initiative, R-INIT-3) or added later (R-CASE-2):
    /// a prospective participant, which sees the case once the consent covers sharing.</summary>
    Participant,
}
