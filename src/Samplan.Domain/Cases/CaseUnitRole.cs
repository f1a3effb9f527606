namespace Samplan.Domain.Cases;

/// <summary>Why a unit takes part in a case; access control reads these.</summary>
public enum CaseUnitRole
{
    Initiating,
    Invited,
    Coordinator,
    ActivityResponsible,
}
