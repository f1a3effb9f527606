using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// Invitations answered in the system, in Chromium (R-CALL-4): Anna at the vårdcentral invites
/// three units to a new SIP's meeting; Lena (Biståndet) accepts and Johan (Hemtjänst) declines
/// with a reason, each in their own session; Anna's answer board shows both; Maria's unit
/// (Elevhälsan), which has not answered, is reminded: its outbox shows the reminder. The server
/// reminds after 15 seconds here instead of two days (Samplan:Mail:InvitationReminderAfter), and
/// has no mail server, so the notices go to its log. axe on the invitation form, the inbox, the
/// answer page, the board, the to-do page and both notice pages.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationAnswersJourneyTests(SamplanFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_convener_invites_three_units_two_answer_the_board_shows_it_and_the_third_is_reminded()
    {
        var personnummer = TestPersonnummer.RandomAdult();
        var anna = await app.NewPageAsync();
        var convener = new Journey(anna, app.Server, output, screenshotPrefix: "answers-anna-");
        var caseUrl = string.Empty;
        await convener.StepAsync("sign in as anna.lind and start a SIP for Ines Inbjudansson", async () =>
        {
            await DemoSignIn.AsAsync(anna, "anna.lind");
            await anna.GotoAsync("/cases/new");
            await anna.GetByLabel("Personnummer eller samordningsnummer").FillAsync(personnummer);
            await anna.GetByLabel("Förnamn").FillAsync("Ines");
            await anna.GetByLabel("Efternamn").FillAsync("Inbjudansson");
            await anna.GetByLabel("Orsak till initiativet").FillAsync("Behöver samordnat stöd från skola, hemtjänst och vårdcentral.");
            await anna.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
            await Expect(anna).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));
            caseUrl = new Uri(anna.Url).AbsolutePath;
        });

        await convener.StepAsync("consent and preparation", async () =>
        {
            await anna.GotoAsync(caseUrl + "/consent");
            await anna.GetByLabel("Den enskilde har samtyckt").CheckAsync();
            await anna.GetByLabel("Samtycket lämnades av").FillAsync("Ines Inbjudansson");
            await anna.GetByLabel("Hur", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Muntligt" });
            await anna.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();
            await Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync("Samtycket är registrerat.");
            await anna.GotoAsync(caseUrl + "/preparation");
            await anna.GetByLabel("Syfte", new() { Exact = true }).FillAsync("Samordna stödet i skolan och hemma");
            await anna.GetByLabel("Mål med mötet").FillAsync("En gemensam plan");
            await anna.GetByRole(AriaRole.Button, new() { Name = "Spara förberedelsen" }).ClickAsync();
            await Expect(anna.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        });

        await convener.StepAsync("invite three units", async () =>
        {
            await anna.GotoAsync(caseUrl + "/invitation");
            var meeting = DateTime.Today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await anna.GetByLabel("Datum", new() { Exact = true }).FillAsync(meeting);
            await anna.GetByLabel("Starttid").FillAsync("10:00");
            await anna.GetByLabel("Sluttid").FillAsync("11:30");
            await anna.GetByLabel("Plats (som den enskilde önskar) eller telefon").FillAsync("Katedralskolan, rum 12");
            await anna.GetByLabel("Sista svarsdag").FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (search, label) in new[] { ("Biståndshandläggning", "Biståndshandläggning äldre"), ("Hemtjänst Gottsunda", "Hemtjänst Gottsunda"), ("Elevhälsan", "Elevhälsan Katedralskolan") })
            {
                await anna.GetByLabel("Sök verksamhet (namn eller HSA-id)").FillAsync(search);
                await anna.GetByLabel(label).CheckAsync();
            }

            await convener.CheckPageAsync("invitation-form", "Kallelse till SIP-möte för Ines Inbjudansson");
            await anna.GetByRole(AriaRole.Button, new() { Name = "Skicka kallelsen" }).ClickAsync();
            await Expect(anna.GetByRole(AriaRole.Status)).ToContainTextAsync("Kallelsen är skickad.");
        });

        var lena = await app.NewPageAsync();
        var accepting = new Journey(lena, app.Server, output, screenshotPrefix: "answers-lena-");
        await accepting.StepAsync("lena.berg finds the invitation in her inbox and accepts, naming who comes", async () =>
        {
            await DemoSignIn.AsAsync(lena, "lena.berg");
            await lena.GotoAsync("/inbox");
            await accepting.CheckPageAsync("inbox", "Inkorg för Biståndshandläggning äldre");
            await lena.GotoAsync(caseUrl + "/invitation/answer");
            await accepting.CheckPageAsync("answer", "Kallelse till SIP-möte för");
            await lena.GetByLabel("Vem kommer från er enhet (valfritt)").FillAsync("Lena Berg");
            await lena.GetByRole(AriaRole.Button, new() { Name = "Tacka ja" }).ClickAsync();
            await Expect(lena.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ni har tackat ja.");
        });

        var johan = await app.NewPageAsync();
        var declining = new Journey(johan, app.Server, output, screenshotPrefix: "answers-johan-");
        await declining.StepAsync("johan.nyberg declines with a reason", async () =>
        {
            await DemoSignIn.AsAsync(johan, "johan.nyberg");
            await johan.GotoAsync(caseUrl + "/invitation/answer");
            await johan.GetByLabel("Skäl (den som kallade ser det)").FillAsync("Ingen personal ledig den dagen; vi skickar underlag i förväg.");
            await johan.GetByRole(AriaRole.Button, new() { Name = "Tacka nej" }).ClickAsync();
            await Expect(johan.GetByRole(AriaRole.Status)).ToContainTextAsync("tackat nej");
        });

        await convener.StepAsync("the board shows who comes, who does not and why, and who has not answered", async () =>
        {
            await anna.GotoAsync(caseUrl);
            var board = anna.Locator("section[aria-labelledby='invitation-heading']");
            await Expect(board).ToContainTextAsync("Lena Berg");
            await Expect(board).ToContainTextAsync("Ingen personal ledig den dagen");
            await Expect(board.Locator("tr").Filter(new() { HasText = "Elevhälsan Katedralskolan" })).ToContainTextAsync("Ej besvarad");
            await convener.CheckPageAsync("board", "SIP för Ines Inbjudansson");
            await anna.GotoAsync("/todo");
            await convener.CheckPageAsync("todo", "Att göra för Vårdcentralen Gottsunda");
        });

        var maria = await app.NewPageAsync();
        var reminded = new Journey(maria, app.Server, output, screenshotPrefix: "answers-maria-");
        await reminded.StepAsync("maria.svensson's unit, which has not answered, is reminded", async () =>
        {
            await DemoSignIn.AsAsync(maria, "maria.svensson");
            await maria.GotoAsync("/notices");
            var reminder = maria.Locator("table.outbox tbody tr").Filter(new() { HasText = "Påminnelse: en kallelse väntar på svar" }).Filter(new() { Has = maria.Locator($"a[href='{caseUrl}/invitation/answer']") });
            for (var tries = 0; tries < 60 && await reminder.CountAsync() == 0; tries++)
            {
                await Task.Delay(1000);
                await maria.ReloadAsync();
            }

            await Expect(reminder).ToHaveCountAsync(1);
            await reminded.CheckPageAsync("notices", "Aviseringar per e-post för Elevhälsan Katedralskolan");
        });

        await reminded.StepAsync("she sets the unit's address, and chooses her own notices", async () =>
        {
            await maria.GetByLabel("E-postadress för enhetens aviseringar").FillAsync("inte en adress");
            await maria.GetByRole(AriaRole.Button, new() { Name = "Spara adressen" }).ClickAsync();
            await Expect(maria.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange en enda e-postadress");
            await Expect(maria.GetByLabel("E-postadress för enhetens aviseringar")).ToHaveValueAsync("inte en adress");
            await reminded.CheckPageAsync("notices-error", "Aviseringar per e-post för Elevhälsan Katedralskolan");
            await maria.GetByLabel("E-postadress för enhetens aviseringar").FillAsync("sip.elevhalsan@skola.example");
            await maria.GetByRole(AriaRole.Button, new() { Name = "Spara adressen" }).ClickAsync();
            await Expect(maria.GetByRole(AriaRole.Status)).ToHaveTextAsync("Adressen är sparad.");
            await maria.GetByRole(AriaRole.Link, new() { Name = "Mina aviseringar" }).ClickAsync();
            await maria.GetByLabel("Kallelser, ändrade möten och påminnelser att svara").CheckAsync();
            await maria.GetByRole(AriaRole.Button, new() { Name = "Spara mina val" }).ClickAsync();
            await Expect(maria.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dina val är sparade.");
            await reminded.CheckPageAsync("notices-mine", "Mina aviseringar per e-post");
        });

        reminded.Finish();
        declining.Finish();
        accepting.Finish();
        convener.Finish();
    }
}
