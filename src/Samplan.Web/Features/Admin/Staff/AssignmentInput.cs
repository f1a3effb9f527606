namespace Samplan.Web.Features.Admin.Staff;

/// <summary>A new assignment for a person shown on the page; <see cref="UnitId"/> is checked
/// against the administrator's organisation.</summary>
public sealed class AssignmentInput
{
    public Guid? UnitId { get; set; }

    public string? Title { get; set; }
}
