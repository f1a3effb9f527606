using System.Security.Claims;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>The signed-in professional and the unit they act for, read from the session.</summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true && UnitId is not null;

    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public string Name => User.FindFirstValue(SamplanClaims.DisplayName) ?? User.Identity?.Name ?? string.Empty;

    public string UnitName => User.FindFirstValue(SamplanClaims.UnitName) ?? string.Empty;

    public Guid? OrganisationId => Guid.TryParse(User.FindFirstValue(SamplanClaims.Organisation), out var id) ? id : null;

    /// <summary>A role held in the acting organisation, as the session check last confirmed it.</summary>
    public bool IsInRole(string role) => User.HasClaim(SamplanClaims.Role, role);

    public Guid? UnitId => Guid.TryParse(User.FindFirstValue(SamplanClaims.Unit), out var id) ? id : null;

    /// <summary>The acting unit's kind as this request's session check read it; null when the check
    /// did not run or read another unit, so the caller reads it itself.</summary>
    public UnitKind? UnitKind =>
        accessor.HttpContext?.Features.Get<ActingUnitFeature>() is { } acting && acting.UnitId == UnitId ? acting.Kind : null;

    public StaffRef Ref => new(UserId, Name, UnitId ?? throw new InvalidOperationException("No acting unit in the session."));
}
