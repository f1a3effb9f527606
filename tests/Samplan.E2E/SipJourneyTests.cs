using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>The whole SIP process in a real browser, as Anna Lind at Vårdcentralen Gottsunda:
/// initiative, consent, preparation, invitation, meeting, plan, agreement, print and follow-up.</summary>
[Collection(SamplanCollection.Name)]
public sealed partial class SipJourneyTests(SamplanFixture app, ITestOutputHelper output)
{
    private const string Password = "Samplan-demo-2026";
    private const string GivenName = "Astrid";
    private const string FamilyName = "Provsson";
    private const string FullName = GivenName + " " + FamilyName;

    [Fact]
    public async Task A_professional_takes_a_new_SIP_from_initiative_through_agreed_plan_to_follow_up()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output);
        var personnummer = TestPersonnummer.RandomAdult();
        var caseUrl = string.Empty;
        var today = string.Empty;

        await journey.StepAsync("sign in", async () =>
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
            await journey.CheckPageAsync("login", "Logga in");
            await page.GetByLabel("Användarnamn", new() { Exact = true }).FillAsync("anna.lind");
            await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
            await Expect(page.Locator(".session")).ToContainTextAsync("Vårdcentralen Gottsunda");
        });

        await journey.StepAsync("case list", async () =>
        {
            await journey.CheckPageAsync("case-list", "SIP:ar där din enhet deltar");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Gunnel Andersson");
        });

        await journey.StepAsync("new case: a wrong check digit is shown next to the field", async () =>
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Starta SIP" }).ClickAsync();
            await journey.CheckPageAsync("new-case", "Starta en SIP");
            var wrong = personnummer[..^1] + (char)('0' + ((personnummer[^1] - '0' + 1) % 10));
            await FillNewCaseAsync(page, wrong);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();

            var field = page.GetByLabel("Personnummer eller samordningsnummer");
            await Expect(page.Locator("[data-valmsg-for='Input.Personnummer']")).ToContainTextAsync("Kontrollsiffran stämmer inte");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kontrollsiffran stämmer inte");
            await Expect(field).ToHaveValueAsync(wrong);
            await Expect(page.GetByLabel("Förnamn")).ToHaveValueAsync(GivenName);
            await journey.CheckPageAsync("new-case-invalid-personnummer", "Starta en SIP");
        });

        await journey.StepAsync("new case: started with a valid number", async () =>
        {
            await page.GetByLabel("Personnummer eller samordningsnummer").FillAsync(personnummer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));
            caseUrl = new Uri(page.Url).AbsolutePath;
            await Expect(page.Locator(".status-panel")).ToContainTextAsync("Initiativ – väntar på samtycke");
            await journey.CheckPageAsync("case-initiated", "SIP för " + FullName);
        });

        await journey.StepAsync("consent", async () =>
        {
            await ClickNextStepAsync(page, "Registrera samtycke");
            await journey.CheckPageAsync("consent", "Samtycke för " + FullName);
            await page.GetByLabel("Den enskilde har samtyckt").CheckAsync();
            await page.GetByLabel("Samtycket lämnades av").FillAsync(FullName);
            await page.GetByLabel("Hur", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Muntligt" });
            // The form opens with the server's today (Swedish time); the meeting is held on that day.
            today = await page.GetByLabel("Datum", new() { Exact = true }).InputValueAsync();
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", today);
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Samtycket är registrerat.");
            await Expect(page.Locator(".status-panel")).ToContainTextAsync("Förberedelse");
            await journey.CheckPageAsync("case-consented", "SIP för " + FullName);
        });

        await journey.StepAsync("preparation", async () =>
        {
            await ClickNextStepAsync(page, "Förbered mötet");
            await journey.CheckPageAsync("preparation", "Förbered mötet med " + FullName);
            await page.GetByLabel("Syfte", new() { Exact = true }).FillAsync("Samordna stödet efter sjukhusvistelsen");
            await page.GetByLabel("Mål med mötet").FillAsync("En gemensam plan för hur Astrid kan bo kvar hemma");
            await page.GetByLabel("Hela mötet").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara förberedelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await Expect(page.Locator(".facts").Filter(new() { HasText = "Syfte" })).ToContainTextAsync("Samordna stödet efter sjukhusvistelsen");

            // The individual's own words are a form of their own, saved apart (R-PREP-4).
            await page.GotoAsync(page.Url.Split('?')[0] + "/preparation/own");
            await journey.CheckPageAsync("own-preparation", "Egen förberedelse för " + FullName);
            await page.GetByLabel("Vad är min upplevelse?").FillAsync("Jag blir trött och glömmer mina mediciner.");
            await page.GetByLabel("Vilka behov, önskemål och förväntningar har jag?").FillAsync("Hjälp med mediciner och att handla.");
            await page.GetByLabel("Hur skulle jag vilja att det var?").FillAsync("Att jag klarar mig hemma med lite hjälp.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara den egna förberedelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Den enskildes egen förberedelse är sparad.");
            await Expect(page.Locator(".facts").Filter(new() { HasText = "Min upplevelse" })).ToContainTextAsync("Jag blir trött och glömmer mina mediciner.");
        });

        await journey.StepAsync("invitation", async () =>
        {
            await ClickNextStepAsync(page, "Skicka kallelse");
            await journey.CheckPageAsync("invitation", "Kallelse till SIP-möte för " + FullName);
            await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(today);
            await page.GetByLabel("Starttid").FillAsync("09:00");
            await page.GetByLabel("Plats (som den enskilde önskar) eller telefon").FillAsync("Hemma hos Astrid");
            // Units the case does not name yet are found by the type-ahead search.
            await page.GetByLabel("Sök verksamhet (namn eller HSA-id)").FillAsync("Hemtjänst Gottsunda");
            await page.GetByLabel("Hemtjänst Gottsunda").CheckAsync();
            await page.GetByLabel("Sök verksamhet (namn eller HSA-id)").FillAsync("Biståndshandläggning");
            await page.GetByLabel("Biståndshandläggning äldre").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Skicka kallelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kallelsen är skickad.");
            await Expect(page.Locator(".status-panel")).ToContainTextAsync("Kallad till möte");
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Kallade" })).ToContainTextAsync("Hemtjänst Gottsunda");
            await journey.CheckPageAsync("case-invited", "SIP för " + FullName);
        });

        await journey.StepAsync("meeting", async () =>
        {
            await ClickNextStepAsync(page, "Dokumentera mötet");
            await journey.CheckPageAsync("meeting", "SIP-mötet för " + FullName);
            await Expect(page.GetByLabel("Mötet hölls")).ToHaveValueAsync(today);
            await page.GetByLabel("Ordförande").FillAsync("Anna Lind");
            await page.GetByLabel("Sekreterare").FillAsync("Lena Berg");
            // The form lists the individual, the invited units and the signed-in user, all present.
            await Expect(page.GetByLabel("Namn 1", new() { Exact = true })).ToHaveValueAsync(FullName);
            await Expect(page.GetByLabel("Närvarande").First).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och skriv planen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mötet är dokumenterat.");
            await Expect(page).ToHaveURLAsync(new Regex("/plan$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skriv planen");
            await page.GotoAsync(caseUrl);
            await Expect(page.Locator(".status-panel")).ToContainTextAsync("Plan under arbete");
            await journey.CheckPageAsync("case-meeting-held", "SIP för " + FullName);
        });

        await WriteAgreeAndFollowUpPlanAsync(journey, caseUrl, today);

        await journey.StepAsync("sign out", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
            await page.GotoAsync(caseUrl);
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        });
        journey.Finish();
    }

    private static async Task FillNewCaseAsync(IPage page, string personnummer)
    {
        await page.GetByLabel("Personnummer eller samordningsnummer").FillAsync(personnummer);
        await page.GetByLabel("Förnamn").FillAsync(GivenName);
        await page.GetByLabel("Efternamn").FillAsync(FamilyName);
        await page.GetByLabel("Orsak till initiativet").FillAsync("Utskrivningsklar efter lunginflammation. Behöver hemtjänst och hjälp med läkemedel.");
    }

    /// <summary>Follows the case page's own "next step" link, as a user would.</summary>
    private static async Task ClickNextStepAsync(IPage page, string action) =>
        await page.Locator(".status-panel").GetByRole(AriaRole.Link, new() { Name = action, Exact = true }).ClickAsync();
}
