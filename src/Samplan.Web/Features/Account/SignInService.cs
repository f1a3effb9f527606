using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Account;

/// <summary>Signs a professional in for one of their units (a new session each time), and holds
/// a half-finished sign-in while the second factor is asked for.</summary>
public sealed class SignInService(SamplanDbContext db, SignInManager<StaffUser> signIn, AuditLog audit)
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
        // Only the roles held in the chosen unit's organisation come along; a role held through
        // an assignment elsewhere stays there.
        var roles = await db.HeldInOrganisationAsync(user.Id, unit.OrganisationId);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim(SamplanClaims.Unit, unit.UnitId.ToString()),
            new Claim(SamplanClaims.UnitName, unit.Name),
            new Claim(SamplanClaims.Organisation, unit.OrganisationId.ToString()),
            new Claim(SamplanClaims.DisplayName, user.DisplayName),
            .. roles.Select(role => new Claim(SamplanClaims.Role, role)),
        ]);
    }

    /// <summary>Finishes a sign-in whose factors are all checked: acts for the first unit, and
    /// sends a person with several to choose. Null when the user has no assignment at all.</summary>
    public async Task<string?> CompleteAsync(StaffUser user, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        var units = await AssignmentsOfAsync(user.Id);
        if (units.Count == 0)
        {
            await audit.WriteForUserAsync(AuditAction.SignInFailed, AuditOutcome.Denied, user.Id, user.DisplayName, detail: "no assignment");
            return null;
        }

        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInForUnitAsync(user, units[0]);
        await audit.WriteForUserAsync(AuditAction.SignInSucceeded, AuditOutcome.Success, user.Id, user.DisplayName, units[0].UnitId, units[0].OrganisationId);
        return units.Count > 1 ? "/account/unit?returnUrl=" + Uri.EscapeDataString(returnUrl) : returnUrl;
    }

    /// <summary>Remembers, for five minutes in a secure cookie, whose password was right.</summary>
    public Task StartSecondFactorAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme);
        return signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    public Task<StaffUser?> PendingUserAsync() => signIn.GetTwoFactorAuthenticationUserAsync();
}

public sealed record AssignedUnit(Guid UnitId, string Name, string Title, Guid OrganisationId);
