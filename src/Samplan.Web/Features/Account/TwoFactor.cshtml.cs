using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Account;

/// <summary>The second factor (HSLF-FS 2016:40): a code from the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorModel(SignInService sessions, SecondFactor secondFactor) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await sessions.PendingUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await sessions.PendingUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        switch (await secondFactor.VerifyAsync(user, Code))
        {
            case SecondFactorResult.Valid:
                var next = await sessions.CompleteAsync(user, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
                if (next is not null)
                {
                    return LocalRedirect(next);
                }

                ModelState.AddModelError(string.Empty, T("Du har inget uppdrag för någon enhet. Kontakta din administratör.", "You have no assignment for any unit. Contact your administrator."));
                return Page();
            case SecondFactorResult.LockedOut:
                ModelState.AddModelError(string.Empty, T("Kontot är tillfälligt låst efter för många felaktiga försök. Försök igen om en stund.", "The account is temporarily locked after too many failed attempts. Try again later."));
                return Page();
            default:
                ModelState.AddModelError(nameof(Code), T("Koden stämmer inte. Skriv de sex siffrorna som appen visar just nu.", "The code does not match. Type the six digits the app shows right now."));
                return Page();
        }
    }
}
