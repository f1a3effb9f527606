using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Staff;

/// <summary>One person's assignments within the organisation: add, remove, grant or revoke a role
/// on one of them, and unlock the account.
/// The person must have an assignment in the organisation, or the page answers 404.</summary>
[Authorize(Policy = SamplanRoles.UnitAdmin)]
public sealed class DetailsModel(SamplanDbContext db, UserManager<StaffUser> users, CurrentStaff staff, SwedishClock clock, AuditLog audit, SessionCache sessions) : PageModel
{
    /// <summary>Only ever from the route: a posted field of the same name must not redirect the
    /// change to another person.</summary>
    public string UserId => RouteData.Values["userId"] as string ?? string.Empty;

    [BindProperty]
    public AssignmentInput NewAssignment { get; set; } = new();

    public StaffMember Member { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool IsLockedOut => Member.IsLockedOutAt(Now);

    /// <summary>When the lockout ends, in Swedish time like every time on the pages.</summary>
    public DateTimeOffset? LockedUntil => Member.LockoutEnd?.ToOffset(Now.Offset);

    /// <summary>An administrator cannot remove the assignment they are acting for: they would
    /// lose the session they are using to do it.</summary>
    public bool CanRemove(StaffMemberAssignment assignment) =>
        !(UserId == staff.UserId && assignment.UnitId == staff.UnitId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : await RefuseAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        ModelState.RequireUnit(NewAssignment.UnitId, "NewAssignment.UnitId");
        var title = ModelState.RequireText(NewAssignment.Title, "NewAssignment.Title", "Ange befattning eller roll i uppdraget.", "Enter the title or role of the assignment.");
        if (NewAssignment.UnitId is { } unitId && Units.All(u => u.Id != unitId))
        {
            await audit.RefuseAsync("unit", cancellationToken);
            return NotFound();
        }

        if (NewAssignment.UnitId is { } chosen && Member.Assignments.Any(a => a.UnitId == chosen))
        {
            ModelState.AddModelError("NewAssignment.UnitId", T("Personen har redan ett uppdrag för den enheten.", "The person already has an assignment for that unit."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.StaffAssignments.Add(new StaffAssignment { Id = Guid.NewGuid(), UserId = UserId, UnitId = NewAssignment.UnitId!.Value, Title = title! });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same assignment a moment ago.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("NewAssignment.UnitId", T("Personen har redan ett uppdrag för den enheten.", "The person already has an assignment for that unit."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail("assignment added", UserId, NewAssignment.UnitId), cancellationToken: cancellationToken);
        return Saved(T("Uppdraget är tillagt.", "The assignment was added."));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        // Only an assignment shown on this page, i.e. of this person in this organisation.
        var shown = Member.Assignments.FirstOrDefault(a => a.AssignmentId == assignmentId);
        if (shown is null)
        {
            await audit.RefuseAsync("assignment", cancellationToken);
            return NotFound();
        }

        if (!CanRemove(shown))
        {
            ModelState.AddModelError(string.Empty, T("Du kan inte ta bort uppdraget du själv agerar för just nu. Byt enhet först, eller be en annan administratör.", "You cannot remove the assignment you are acting for right now. Switch unit first, or ask another administrator."));
            return Page();
        }

        await db.StaffAssignments.Where(a => a.Id == shown.AssignmentId).ExecuteDeleteAsync(cancellationToken);

        // A bulk delete passes no save interceptor: this node's cached check is revoked here (other
        // nodes hear of it from the database's trigger).
        sessions.Revoke(UserId);
        if (await users.FindByIdAsync(UserId) is { } user)
        {
            // A new security stamp ends the person's sessions at their next validation, so a
            // session acting for the removed unit does not live on.
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail("assignment removed", UserId, shown.UnitId), cancellationToken: cancellationToken);
        if (Member.Assignments.Count == 1)
        {
            TempData["Saved"] = T("Uppdraget är borttaget. Personen har inga fler uppdrag i organisationen.", "The assignment was removed. The person has no more assignments in the organisation.");
            return Redirect("/admin/staff");
        }

        return Saved(T("Uppdraget är borttaget.", "The assignment was removed."));
    }

    /// <summary>Grants a role on one assignment shown on this page. The role then applies while
    /// the person acts for a unit of this organisation, and nowhere else; their open session gets
    /// it at the next request.</summary>
    public async Task<IActionResult> OnPostGrantAsync(Guid assignmentId, string? role, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        if (Member.Assignments.FirstOrDefault(a => a.AssignmentId == assignmentId) is not { } shown)
        {
            // Not an assignment in this organisation, e.g. the person's assignment in a kommun
            // while the administrator acts for the region.
            await audit.RefuseAsync("assignment", cancellationToken);
            return NotFound();
        }

        if (!SamplanRoles.IsKnown(role))
        {
            return BadRequest();
        }

        if (!shown.Holds(role!))
        {
            db.StaffAssignmentRoles.Add(new StaffAssignmentRole { AssignmentId = shown.AssignmentId, Role = role! });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another administrator granted the same role a moment ago: it is held either way.
                db.ChangeTracker.Clear();
            }

            await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail($"role granted {role}", UserId, shown.UnitId), cancellationToken: cancellationToken);
        }

        return Saved(T($"Rollen {StaffFields.RoleName(role!)} gäller nu i uppdraget för {shown.UnitName}.", $"The role {StaffFields.RoleName(role!)} now applies in the assignment for {shown.UnitName}."));
    }

    /// <summary>Revokes a role on one assignment shown on this page; the person's open session
    /// loses it at the next request.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid assignmentId, string? role, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        if (Member.Assignments.FirstOrDefault(a => a.AssignmentId == assignmentId) is not { } shown)
        {
            await audit.RefuseAsync("assignment", cancellationToken);
            return NotFound();
        }

        if (!SamplanRoles.IsKnown(role))
        {
            return BadRequest();
        }

        if (!CanRevoke(role!))
        {
            ModelState.AddModelError(string.Empty, T("Du kan inte ta bort din egen administratörsroll. Be en annan administratör.", "You cannot revoke your own administrator role. Ask another administrator."));
            return Page();
        }

        if (shown.Holds(role!))
        {
            await db.StaffAssignmentRoles.Where(r => r.AssignmentId == shown.AssignmentId && r.Role == role).ExecuteDeleteAsync(cancellationToken);
            sessions.Revoke(UserId); // as for the assignment: a bulk delete passes no interceptor
            await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail($"role revoked {role}", UserId, shown.UnitId), cancellationToken: cancellationToken);
        }

        return Saved(T($"Rollen {StaffFields.RoleName(role!)} är borttagen från uppdraget för {shown.UnitName}.", $"The role {StaffFields.RoleName(role!)} was revoked from the assignment for {shown.UnitName}."));
    }

    /// <summary>An administrator cannot take away their own administrator role: they would lose
    /// the page they are using, and the organisation perhaps its last administrator.</summary>
    public bool CanRevoke(string role) => !(UserId == staff.UserId && role == SamplanRoles.UnitAdmin);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || await users.FindByIdAsync(UserId) is not { } user)
        {
            return await RefuseAsync(cancellationToken);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail("account unlocked", UserId, null), cancellationToken: cancellationToken);
        return Saved(T("Kontot är upplåst.", "The account was unlocked."));
    }

    private IActionResult Saved(string message)
    {
        TempData["Saved"] = message;
        return Redirect($"/admin/staff/{Uri.EscapeDataString(UserId)}");
    }

    private async Task<IActionResult> RefuseAsync(CancellationToken cancellationToken)
    {
        await audit.RefuseAsync("staff member", cancellationToken);
        return NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisationId
            || await db.StaffMemberAsync(organisationId, UserId, cancellationToken) is not { } member)
        {
            return false;
        }

        Member = member;
        Units = await db.UnitsOfAsync(organisationId, cancellationToken);
        Now = clock.Now;
        return true;
    }
}
