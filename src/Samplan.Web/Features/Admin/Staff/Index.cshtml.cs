using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Staff;

/// <summary>The organisation's staff, and a new account with its first assignment.</summary>
[Authorize(Policy = SamplanRoles.UnitAdmin)]
public sealed class IndexModel(SamplanDbContext db, UserManager<StaffUser> users, IOptions<IdentityOptions> identity, CurrentStaff staff, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public NewStaffInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public StaffList Listing { get; private set; } = new([], false);

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public string OrganisationName { get; private set; } = string.Empty;

    public DateTimeOffset Now { get; private set; }

    public string PasswordHint => IdentityErrorText.PasswordHint(identity.Value.Password);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var userName = ModelState.RequireText(Input.UserName, "Input.UserName", "Ange ett användarnamn.", "Enter a user name.");
        var displayName = ModelState.RequireText(Input.DisplayName, "Input.DisplayName", "Ange personens namn.", "Enter the person's name.");
        var title = ModelState.RequireText(Input.Title, "Input.Title", "Ange befattning eller roll i uppdraget.", "Enter the title or role of the assignment.");
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", T("Ange ett tillfälligt lösenord.", "Enter a temporary password."));
        }

        ModelState.RequireUnit(Input.UnitId, "Input.UnitId");
        if (Input.UnitId is { } unitId && Units.All(u => u.Id != unitId))
        {
            await audit.RefuseAsync("unit", cancellationToken);
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new StaffUser { UserName = userName, DisplayName = displayName! };
        if (!await ShowIdentityErrorsAsync(user, cancellationToken))
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            AddIdentityErrors(created.Errors);
            return Page();
        }

        db.StaffAssignments.Add(new StaffAssignment { Id = Guid.NewGuid(), UserId = user.Id, UnitId = Input.UnitId!.Value, Title = title! });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.StaffChanged, AuditOutcome.Success, detail: StaffFields.AuditDetail("staff created", user.Id, Input.UnitId), cancellationToken: cancellationToken);
        TempData["Saved"] = T("Kontot är skapat. Lämna det tillfälliga lösenordet till personen på ett säkert sätt.", "The account is created. Hand the temporary password to the person securely.");
        return Redirect($"/admin/staff/{Uri.EscapeDataString(user.Id)}");
    }

    /// <summary>Identity stops at the first failing check (password before user name); running
    /// every validator first shows all problems at once.</summary>
    private async Task<bool> ShowIdentityErrorsAsync(StaffUser user, CancellationToken cancellationToken)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, Input.Password)).Errors);
        }

        AddIdentityErrors(errors);
        return errors.Count == 0;
    }

    private void AddIdentityErrors(IEnumerable<IdentityError> errors)
    {
        foreach (var (field, message) in errors.Select(e => IdentityErrorText.For(e, identity.Value.Password)))
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await db.OrganisationAsync(staff.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return false;
        }

        OrganisationName = organisation.Name;
        Units = await db.UnitsOfAsync(organisation.Id, cancellationToken);
        Listing = await db.StaffOfAsync(organisation.Id, ModelState.ValidOrNull(Search, "q"), cancellationToken);
        Now = time.GetUtcNow();
        return true;
    }
}
