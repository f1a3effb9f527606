using Microsoft.AspNetCore.Identity;

namespace Samplan.Web.Infrastructure;

/// <summary>Roles beyond ordinary case work. Each acts within the organisation of the unit the
/// user acts for.</summary>
public static class SamplanRoles
{
    /// <summary>Reviews the access log (Patientdatalagen 4 kap. 3 §, HSLF-FS 2016:40).</summary>
    public const string Auditor = "Auditor";

    /// <summary>Manages staff, assignments and units of the organisation.</summary>
    public const string UnitAdmin = "UnitAdmin";

    public static async Task EnsureAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in new[] { Auditor, UnitAdmin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
