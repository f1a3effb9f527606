namespace Samplan.Domain.Common;

/// <summary>A professional acting for one unit (their medarbetaruppdrag) at the time of an action.</summary>
public sealed record StaffRef(string UserId, string Name, Guid UnitId);
