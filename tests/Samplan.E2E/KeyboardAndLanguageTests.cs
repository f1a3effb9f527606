using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>The frame every page shares: usable by keyboard alone, and in English on request.</summary>
[Collection(SamplanCollection.Name)]
public sealed class KeyboardAndLanguageTests(SamplanFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Keyboard_user_reaches_the_skip_link_first_then_the_main_menu_and_English_changes_the_heading()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "keyboard-");

        await journey.StepAsync("sign in with the keyboard only", async () =>
        {
            await page.GotoAsync("/account/login");
            await page.Keyboard.PressAsync("Tab");
            await Expect(Focused(page)).ToHaveTextAsync("Hoppa till innehållet");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToBeFocusedAsync();

            // From the main landmark the next Tab goes into the form, not back to the header.
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.GetByLabel("Användarnamn")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("anna.lind");
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.GetByLabel("Lösenord")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Samplan-demo-2026");
            await page.Keyboard.PressAsync("Enter");
            await journey.CheckPageAsync("case-list", "SIP:ar där din enhet deltar");
        });

        await journey.StepAsync("skip link first, then the main menu", async () =>
        {
            await page.GotoAsync("/");
            await page.Keyboard.PressAsync("Tab");
            await Expect(Focused(page)).ToHaveTextAsync("Hoppa till innehållet");
            // The skip link is hidden until focused, then visible on screen.
            await Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
            await journey.CheckPageAsync("skip-link-focused", "SIP:ar där din enhet deltar");

            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
            var firstMenuLink = menu.GetByRole(AriaRole.Link).First;
            // Only the brand link (home) may sit between the skip link and the menu.
            var presses = 0;
            do
            {
                await page.Keyboard.PressAsync("Tab");
                presses++;
            }
            while (presses < 3 && !await firstMenuLink.EvaluateAsync<bool>("e => e === document.activeElement"));

            await Expect(firstMenuLink).ToBeFocusedAsync();
            await Expect(firstMenuLink).ToHaveTextAsync("Ärenden");
            await page.Keyboard.PressAsync("Tab");
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Starta SIP" })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await journey.CheckPageAsync("new-case-by-keyboard", "Starta en SIP");
        });

        await journey.StepAsync("switch to English", async () =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SIPs your unit takes part in");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await journey.CheckPageAsync("case-list-english", "SIPs your unit takes part in");

            await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SIP:ar där din enhet deltar");
        });

        journey.Finish();
    }

    private static ILocator Focused(IPage page) => page.Locator(":focus");
}
