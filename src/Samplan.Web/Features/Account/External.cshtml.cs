using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Account;

/// <summary>Sign-in through the federated identity provider; the HSA id claim picks the account.</summary>
[AllowAnonymous]
public sealed class ExternalModel(UserManager<StaffUser> users, SignInService sessions, IConfiguration configuration, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    /// <summary>Starts the federated sign-in.</summary>
    public IActionResult OnPost()
    {
        if (!OidcSetup.IsConfigured(configuration))
        {
            return NotFound();
        }

        var back = Url.Page("/Account/External", pageHandler: null, values: new { returnUrl = LocalOrHome(ReturnUrl) });
        return Challenge(new AuthenticationProperties { RedirectUri = back }, OidcSetup.Scheme);
    }

    /// <summary>The provider sent the user back.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var hsaId = external.Principal?.FindFirst(OidcSetup.HsaIdClaim(configuration))?.Value;
        var user = string.IsNullOrWhiteSpace(hsaId) ? null : await users.Users.SingleOrDefaultAsync(u => u.HsaId == hsaId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            await audit.WriteForUserAsync(AuditAction.SignInFailed, AuditOutcome.Denied, user?.Id, null, detail: "federated sign-in without a matching account");
            Problem = T("Din identitet är inte kopplad till något konto i Samplan. Kontakta din administratör.", "Your identity is not linked to any account in Samplan. Contact your administrator.");
            return Page();
        }

        var next = await sessions.CompleteAsync(user, LocalOrHome(ReturnUrl));
        if (next is null)
        {
            Problem = T("Du har inget uppdrag för någon enhet. Kontakta din administratör.", "You have no assignment for any unit. Contact your administrator.");
            return Page();
        }

        return LocalRedirect(next);
    }

    private string LocalOrHome(string? url) => Url.IsLocalUrl(url) ? url! : "/";
}
