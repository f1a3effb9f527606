using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Account;

/// <summary>Signs a professional in for one of their units (a new session each time).</summary>
public sealed class SignInService(SamplanDbContext db, SignInManager<StaffUser> signIn)
{
    public async Task<IReadOnlyList<AssignedUnit>> AssignmentsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        await (from a in db.StaffAssignments
               join u in db.Units on a.UnitId equals u.Id
               where a.UserId == userId
               orderby u.Name
               select new AssignedUnit(u.Id, u.Name, a.Title, u.OrganisationId))
              .ToListAsync(cancellationToken);

    public async Task SignInForUnitAsync(StaffUser user, AssignedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(unit);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim(SamplanClaims.Unit, unit.UnitId.ToString()),
            new Claim(SamplanClaims.UnitName, unit.Name),
            new Claim(SamplanClaims.Organisation, unit.OrganisationId.ToString()),
            new Claim(SamplanClaims.DisplayName, user.DisplayName),
        ]);
    }
}

public sealed record AssignedUnit(Guid UnitId, string Name, string Title, Guid OrganisationId);
