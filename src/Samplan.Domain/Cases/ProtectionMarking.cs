using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

/// <summary>A professional marking the person as having protected personal data, for their unit.</summary>
public sealed record ProtectionMarking(StaffRef By, string UnitName, UnitKind UnitKind, string? Reason);

/// <summary>A professional lifting a mistaken mark. <paramref name="AdministeredOrganisationId"/> is
/// the organisation the actor is unit administrator of, if any.</summary>
public sealed record ProtectionLifting(StaffRef By, string UnitName, Guid? AdministeredOrganisationId, string? Reason);

/// <summary>A marked case with the organisation that answers for it (its responsible unit's).</summary>
public sealed record MarkedCase(SipCase Case, Guid OrganisationId);
