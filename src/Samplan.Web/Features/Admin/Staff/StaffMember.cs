namespace Samplan.Web.Features.Admin.Staff;

/// <summary>A person as their organisation's administrator sees them: only the assignments within
/// that organisation, never those they may hold elsewhere.</summary>
public sealed record StaffMember(string UserId, string DisplayName, string UserName, DateTimeOffset? LockoutEnd, IReadOnlyList<StaffMemberAssignment> Assignments)
{
    public bool IsLockedOutAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}

/// <summary>One assignment in the organisation and the roles held through it.</summary>
public sealed record StaffMemberAssignment(Guid AssignmentId, Guid UnitId, string UnitName, string UnitHsaId, string Title, IReadOnlyList<string> Roles)
{
    public bool Holds(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
