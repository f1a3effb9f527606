namespace Samplan.Data.Identity;

/// <summary>A medarbetaruppdrag: the user may act for this unit, with this title. Roles held
/// through it are <see cref="StaffAssignmentRole"/>.</summary>
public sealed class StaffAssignment
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public Guid UnitId { get; set; }

    public string Title { get; set; } = string.Empty;
}
