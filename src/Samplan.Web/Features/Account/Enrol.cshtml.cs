using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Account;

/// <summary>First sign-in outside demo mode: the user connects an authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class EnrolModel(SignInService sessions, SecondFactor secondFactor, UserManager<StaffUser> users, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await sessions.PendingUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = ReturnUrl });
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await sessions.PendingUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/Login");
        }

        var result = await secondFactor.VerifyAsync(user, Code);
        if (result != SecondFactorResult.Valid)
        {
            ModelState.AddModelError(result == SecondFactorResult.LockedOut ? string.Empty : nameof(Code), result == SecondFactorResult.LockedOut
                ? T("Kontot är tillfälligt låst efter för många felaktiga försök.", "The account is temporarily locked after too many failed attempts.")
                : T("Koden stämmer inte. Kontrollera att appen visar koden för Samplan och försök igen.", "The code does not match. Check that the app shows the code for Samplan and try again."));
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.WriteForUserAsync(AuditAction.TwoFactorEnrolled, AuditOutcome.Success, user.Id, user.DisplayName);
        var next = await sessions.CompleteAsync(user, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        return next is null ? RedirectToPage("/Account/Login") : LocalRedirect(next);
    }

    private async Task ShowKeyAsync(StaffUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = Grouped(key);
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/Samplan:{0}?secret={1}&issuer=Samplan&digits=6",
            Uri.EscapeDataString(user.UserName ?? user.Id), key);
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
