using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInService sessions, IOptions<SamplanOptions> options, IConfiguration configuration, SignInAudit audit) : PageModel
{
    public bool DemoMode => options.Value.DemoMode;

    public bool FederationAvailable => OidcSetup.IsConfigured(configuration);

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", T("Skriv ditt användarnamn.", "Enter your user name."));
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", T("Skriv ditt lösenord.", "Enter your password."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName!.Trim());
        var lockedBefore = user is not null && await users.IsLockedOutAsync(user);
        if (user is null || lockedBefore)
        {
            EqualSignInTime.SpendPasswordCheck(users.PasswordHasher, Input.Password);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditAction.LockedOut, user, Input.UserName);
            ModelState.AddModelError(string.Empty, T("Kontot är tillfälligt låst efter för många felaktiga försök. Försök igen om en stund.", "The account is temporarily locked after too many failed attempts. Try again later."));
            return Page();
        }

        if (!result.Succeeded || user is null)
        {
            await audit.WriteAsync(AuditAction.SignInFailed, user, Input.UserName);
            ModelState.AddModelError(string.Empty, T("Fel användarnamn eller lösenord.", "Wrong user name or password."));
            return Page();
        }

        if (options.Value.TwoFactorRequired)
        {
            await sessions.StartSecondFactorAsync(user);
            return RedirectToPage(user.TwoFactorEnabled ? "/Account/TwoFactor" : "/Account/Enrol", new { returnUrl = LocalOrHome(ReturnUrl) });
        }

        var next = await sessions.CompleteAsync(user, LocalOrHome(ReturnUrl));
        if (next is null)
        {
            ModelState.AddModelError(string.Empty, T("Du har inget uppdrag för någon enhet. Kontakta din administratör.", "You have no assignment for any unit. Contact your administrator."));
            return Page();
        }

        return LocalRedirect(next);
    }

    private string LocalOrHome(string? url) => Url.IsLocalUrl(url) ? url! : "/";
}

public sealed class LoginInput
{
    [Display(Name = "Användarnamn")]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UserName { get; set; }

    [DataType(DataType.Password)]
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Password { get; set; }
}
