using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E.Infrastructure;

/// <summary>Signs a demo user in through the real login form. Every demo user has the same
/// password; sign-ins are rate limited per address (20 a minute), so tests sign in once per user.</summary>
internal static class DemoSignIn
{
    public const string Password = "Samplan-demo-2026";

    /// <summary>Signs in; a user with several units lands on the unit choice and is left there.</summary>
    public static async Task AsAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Användarnamn", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
    }

    /// <summary>A new browser context signed in as the same user as <paramref name="signedIn"/>
    /// (cookies copied, no second sign-in), with its own options.</summary>
    public static async Task<IPage> SameUserInNewContextAsync(IBrowser browser, IPage signedIn, Uri baseAddress, bool bypassCsp)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(signedIn);
        var state = await signedIn.Context.StorageStateAsync();
        return await NewPageAsync(browser, baseAddress, bypassCsp, state);
    }

    /// <summary>A page in a fresh context set up like <see cref="SamplanFixture.NewPageAsync"/>.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseAddress, bool bypassCsp, string? storageState = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BypassCSP = bypassCsp,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }
}
