using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// The discharge scenario in Chromium (R-INIT-5, R-CASE-2), as the HTTP test
/// HandOverAndNoticeTests does it over HTTP: Karin at the medicine ward starts a SIP for a patient
/// who is utskrivningsklar on a Friday. The new-case form names no receiving unit and, before
/// consent, only the responsible unit sees the SIP, so the vårdcentral learns nothing until the
/// ward hands it over; then Anna at Vårdcentralen Gottsunda has it in her list with the Monday
/// invitation deadline, and a message to acknowledge in her inbox, counted in the navigation.
/// axe on the new-case page, the hand-over page, Anna's inbox and the message.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class DischargeJourneyTests(SamplanFixture app, ITestOutputHelper output)
{
    private const string Vardcentral = "0b000000-0000-0000-0000-000000000001";
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Fact]
    public async Task The_ward_hands_a_Friday_discharge_to_the_vardcentral_which_gets_the_Monday_deadline_and_a_message()
    {
        // The server runs on the real clock (TimeProvider.System) in Swedish time; the need may not
        // lie in the future, so the discharge day is the Friday on or before the server's today.
        var friday = FridayOnOrBefore(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).DateTime));
        var monday = friday.AddDays(3);
        var personnummer = TestPersonnummer.RandomAdult();
        var caseUrl = string.Empty;
        var reference = string.Empty;

        var karin = await app.NewPageAsync();
        var ward = new Journey(karin, app.Server, output, screenshotPrefix: "discharge-karin-");
        await ward.StepAsync("sign in as karin.ek and open the new-case form", async () =>
        {
            await DemoSignIn.AsAsync(karin, "karin.ek");
            await karin.GotoAsync("/cases/new");
            await ward.CheckPageAsync("new-case", "Starta en SIP");
        });

        await ward.StepAsync("a SIP for Hugo Utskrivningsson, utskrivningsklar on Friday", async () =>
        {
            await karin.GetByLabel("Personnummer eller samordningsnummer").FillAsync(personnummer);
            await karin.GetByLabel("Förnamn").FillAsync("Hugo");
            await karin.GetByLabel("Efternamn").FillAsync("Utskrivningsson");
            await karin.GetByLabel("Orsak till initiativet").FillAsync("Utskrivningsklar, behöver hemsjukvård och hemtjänst.");
            await karin.GetByLabel("Behovet uppmärksammades").FillAsync(Iso(friday));
            await karin.GetByLabel("Utskrivningsklar (vid utskrivning från slutenvård)").FillAsync(Iso(friday));
            await karin.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
            await Expect(karin).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));
            caseUrl = new Uri(karin.Url).AbsolutePath;
            reference = (await karin.Locator(".subtitle .case-ref").TextContentAsync())!.Trim();
            Assert.Matches("^SIP-[0-9A-F]{8}$", reference);
        });

        var anna = await app.NewPageAsync();
        var vardcentral = new Journey(anna, app.Server, output, screenshotPrefix: "discharge-anna-");
        var countBefore = 0;
        await vardcentral.StepAsync("anna.lind sees nothing of it yet: no consent, not her unit's SIP", async () =>
        {
            await DemoSignIn.AsAsync(anna, "anna.lind");
            await Expect(anna.Locator("main")).Not.ToContainTextAsync("Utskrivningsson");
            countBefore = await NavigationCountAsync(anna);
            await anna.GotoAsync("/inbox");
            await Expect(anna.Locator("table.inbox .case-ref").Filter(new() { HasText = reference })).ToHaveCountAsync(0);
            await anna.GotoAsync(caseUrl);
            await Expect(anna.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToContainTextAsync("Utskrivningsson");
        });

        await ward.StepAsync("the ward hands the SIP over to Vårdcentralen Gottsunda", async () =>
        {
            await karin.GetByRole(AriaRole.Link, new() { Name = "Lämna över SIP:en till en annan enhet" }).ClickAsync();
            await Expect(karin).ToHaveURLAsync(new Regex("/hand-over$"));
            await Expect(karin.Locator("main")).ToContainTextAsync("Samtycke finns inte ännu");
            await ward.CheckPageAsync("hand-over", "Lämna över SIP:en för Hugo Utskrivningsson");
            // The vårdcentral takes no part yet, so it is found by searching (type-ahead fills the list).
            await karin.GetByLabel("Sök verksamhet (namn eller HSA-id)").FillAsync("Vårdcentralen Gottsunda");
            await Expect(karin.Locator($"#UnitId option[value='{Vardcentral}']")).ToHaveCountAsync(1);
            await karin.GetByLabel("Enhet som tar över").SelectOptionAsync(Vardcentral);
            await ward.CheckPageAsync("hand-over-chosen", "Lämna över SIP:en för Hugo Utskrivningsson");
            await karin.GetByRole(AriaRole.Button, new() { Name = "Lämna över", Exact = true }).ClickAsync();
        });

        await ward.StepAsync("the ward's list says it is handed over", async () =>
        {
            await Expect(karin).ToHaveURLAsync(new Regex("/$"));
            await Expect(karin.GetByRole(AriaRole.Status)).ToContainTextAsync("SIP:en är överlämnad till Vårdcentralen Gottsunda");
            await ward.CheckPageAsync("case-list-handed-over", "SIP:ar där din enhet deltar");
        });

        await vardcentral.StepAsync("the case is in Anna's list with the Monday invitation deadline", async () =>
        {
            await anna.GotoAsync("/");
            var row = anna.Locator("table.cases tbody tr").Filter(new() { HasText = "Hugo Utskrivningsson" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator($"time[datetime='{Iso(monday)}']")).ToHaveTextAsync(DayDate(monday));
            await vardcentral.CheckPageAsync("case-list", "SIP:ar där din enhet deltar");
        });

        await vardcentral.StepAsync("the navigation counts the new message; the inbox has it to acknowledge", async () =>
        {
            await Expect(anna.Locator("nav a[href='/inbox'] .nav-count")).ToContainTextAsync(
                new Regex("^" + (countBefore + 1).ToString(CultureInfo.InvariantCulture) + @"\D"));
            await anna.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).ClickAsync();
            await vardcentral.CheckPageAsync("inbox", "Inkorg för Vårdcentralen Gottsunda");
            var row = anna.Locator("table.inbox tbody tr").Filter(new() { Has = anna.Locator(".case-ref", new() { HasText = reference }) });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("SIP överlämnad till er");
            await Expect(row).ToContainTextAsync("Kvittera senast");
        });

        await vardcentral.StepAsync("the message names the patient and the deadline; Anna acknowledges it", async () =>
        {
            await anna.Locator("table.inbox tbody tr").Filter(new() { Has = anna.Locator(".case-ref", new() { HasText = reference }) })
                .GetByRole(AriaRole.Link).ClickAsync();
            await Expect(anna).ToHaveURLAsync(new Regex(@"/inbox/[0-9a-f-]{36}$"));
            var main = anna.Locator("main");
            await Expect(main).ToContainTextAsync("Hugo Utskrivningsson");
            await Expect(main).ToContainTextAsync(DayDate(friday));
            await Expect(main.Locator($"time[datetime='{Iso(monday)}']").First).ToBeVisibleAsync();
            await vardcentral.CheckPageAsync("message", "SIP överlämnad till er");
            await anna.GetByRole(AriaRole.Button, new() { Name = "Kvittera" }).ClickAsync();
            await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är kvitterat.");
            await Expect(anna.GetByRole(AriaRole.Button, new() { Name = "Kvittera" })).ToHaveCountAsync(0);
            await vardcentral.CheckPageAsync("message-acknowledged", "SIP överlämnad till er");
            Assert.Equal(countBefore, await NavigationCountAsync(anna));
        });

        await vardcentral.StepAsync("Anna opens the SIP her unit now answers for", async () =>
        {
            await anna.GetByRole(AriaRole.Link, new() { Name = "Öppna SIP:en" }).ClickAsync();
            await vardcentral.CheckPageAsync("case", "SIP för Hugo Utskrivningsson");
        });

        vardcentral.Finish();
        ward.Finish();
    }

    /// <summary>A Friday on or before <paramref name="today"/> (as MessageSteps.FridayOnOrBefore).</summary>
    private static DateOnly FridayOnOrBefore(DateOnly today) =>
        today.AddDays(-(((int)today.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>As the app writes a deadline: "måndag 7 december 2026".</summary>
    private static string DayDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE"));

    /// <summary>The count of messages awaiting acknowledgement in the navigation; 0 when none is shown.</summary>
    private static async Task<int> NavigationCountAsync(IPage page)
    {
        var count = page.Locator("nav a[href='/inbox'] .nav-count");
        if (await count.CountAsync() == 0)
        {
            return 0;
        }

        var digits = Regex.Match(await count.TextContentAsync() ?? string.Empty, @"^\s*(\d+)");
        return digits.Success ? int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
