using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Infrastructure;

/// <summary>Roles beyond ordinary case work. A role is held through an assignment
/// (<see cref="Samplan.Data.Identity.StaffAssignmentRole"/>) and acts within that assignment's
/// organisation only; the session carries it as <see cref="SamplanClaims.Role"/> claims.</summary>
public static class SamplanRoles
{
    /// <summary>Reviews the access log (Patientdatalagen 4 kap. 3 §, HSLF-FS 2016:40).</summary>
    public const string Auditor = "Auditor";

    /// <summary>Manages staff, assignments and units of the organisation.</summary>
    public const string UnitAdmin = "UnitAdmin";

    public static IReadOnlyList<string> All { get; } = [Auditor, UnitAdmin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The roles the user holds while acting for a unit of <paramref name="organisationId"/>.
    /// A role on any of the user's assignments in that organisation counts, not only on the
    /// assignment for the acting unit: a role belongs to "an assignment in one organisation", and
    /// the organisation is what an auditor or administrator works within (every audit and admin
    /// page is scoped to the acting organisation). Assignments elsewhere never count.</summary>
    public static async Task<IReadOnlyList<string>> HeldInOrganisationAsync(this SamplanDbContext db, string userId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roles = await (from r in db.StaffAssignmentRoles
                           join a in db.StaffAssignments on r.AssignmentId equals a.Id
                           join n in db.Units on a.UnitId equals n.Id
                           where a.UserId == userId && n.OrganisationId == organisationId
                           select r.Role)
                          .Distinct()
                          .ToListAsync(cancellationToken);
        return [.. roles.Where(IsKnown).Order(StringComparer.Ordinal)];
    }
}
