namespace Samplan.Web.Features.Admin.Staff;

/// <summary>A person as their organisation's administrator sees them: only the assignments within
/// that organisation, never those they may hold elsewhere.</summary>
public sealed record StaffMember(string UserId, string DisplayName, string UserName, DateTimeOffset? LockoutEnd, IReadOnlyList<StaffMemberAssignment> Assignments)
{
    public bool IsLockedOutAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}

public sealed record StaffMemberAssignment(Guid AssignmentId, Guid UnitId, string UnitName, string UnitHsaId, string Title);
