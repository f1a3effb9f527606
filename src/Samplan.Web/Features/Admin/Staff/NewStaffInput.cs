namespace Samplan.Web.Features.Admin.Staff;

/// <summary>Exactly what the create form may set; the organisation is never posted, it is the
/// administrator's own, and <see cref="UnitId"/> is checked against it.</summary>
public sealed class NewStaffInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public Guid? UnitId { get; set; }

    public string? Title { get; set; }
}
