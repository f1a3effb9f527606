namespace Samplan.Domain.Directory;

/// <summary>
/// What a unit does, as the SIP sees it. Only units that give care, support or service to the
/// individual take part in a plan (hälso- och sjukvård, socialtjänst, skola/elevhälsa, or another
/// actor such as Försäkringskassan or Arbetsförmedlingen); a staff office (IT security,
/// administration) works for the organisation, not the individual, and is never invited.
/// </summary>
public enum UnitKind
{
    /// <summary>Hälso- och sjukvård: the default for units that predate kinds.</summary>
    HealthCare,

    /// <summary>Socialtjänst: biståndshandläggning, hemtjänst, LSS, individ- och familjeomsorg.</summary>
    SocialServices,

    /// <summary>Skola and elevhälsa.</summary>
    School,

    /// <summary>Another actor giving support: Försäkringskassan, Arbetsförmedlingen.</summary>
    OtherActor,

    /// <summary>Stab or förvaltning (IT security, administration): no part in plans.</summary>
    StaffOffice,
}
