using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Account;

/// <summary>A professional with several assignments chooses which unit to act for.</summary>
public sealed class UnitModel(UserManager<StaffUser> users, SignInService sessions, CurrentStaff staff, AuditLog audit) : PageModel
{
    public IReadOnlyList<AssignedUnit> Units { get; private set; } = [];

    public Guid? Current => staff.UnitId;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync() => Units = await sessions.AssignmentsOfAsync(staff.UserId);

    public async Task<IActionResult> OnPostAsync(Guid unitId)
    {
        var user = await users.FindByIdAsync(staff.UserId);
        var unit = user is null ? null : (await sessions.AssignmentsOfAsync(user.Id)).FirstOrDefault(u => u.UnitId == unitId);
        if (user is null || unit is null)
        {
            // Only the user's own assignments can be chosen; anything else is not there.
            return NotFound();
        }

        await sessions.SignInForUnitAsync(user, unit);
        await audit.WriteForUserAsync(AuditAction.UnitSwitched, AuditOutcome.Success, user.Id, user.DisplayName, unit.UnitId, unit.OrganisationId);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
