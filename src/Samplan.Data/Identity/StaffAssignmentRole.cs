namespace Samplan.Data.Identity;

/// <summary>A role (Auditor, UnitAdmin) held through one assignment. It applies within that
/// assignment's organisation only, never globally: an auditor of the region who also works for a
/// kommun unit is no auditor while acting for the kommun.</summary>
public sealed class StaffAssignmentRole
{
    public Guid AssignmentId { get; set; }

    public string Role { get; set; } = string.Empty;
}
