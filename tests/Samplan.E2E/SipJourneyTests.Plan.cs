using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>The second half of the journey: the plan is written, refused while incomplete, agreed
/// with the individual's approval, printed and followed up.</summary>
public sealed partial class SipJourneyTests
{
    private const string OwnGoals = "Jag vill klara mig hemma och själv kunna handla mat igen.";
    private const string Goal = "Du ska kunna ta dina läkemedel själv varje dag.";
    private const string Activity = "Hemtjänsten hjälper med läkemedel morgon och kväll";

    private static async Task WriteAgreeAndFollowUpPlanAsync(Journey journey, string caseUrl, string today)
    {
        var page = journey.Page;
        var day = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var followUpOn = Iso(day.AddDays(30));
        var nextFollowUpOn = Iso(day.AddDays(90));
        // Deadlines are shown with their weekday (R-INIT-5); the follow-up record keeps the plain date.
        var nextFollowUpShown = "Uppföljning: " + Shown(day.AddDays(90));

        await journey.StepAsync("plan: write the draft, leaving out what happens if things get worse", async () =>
        {
            await ClickNextStepAsync(page, "Skriv planen");
            await journey.CheckPageAsync("plan-edit", "Skriv planen");
            await page.GetByLabel("Den enskildes egna mål", new() { Exact = true }).FillAsync(OwnGoals);
            await page.GetByLabel("Resurser", new() { Exact = true }).FillAsync("Dottern Karin bor nära och hjälper gärna till. Motiverad.");

            var need = page.GetByRole(AriaRole.Group, new() { Name = "Behov och mål 1", Exact = true });
            await need.GetByLabel("Område").SelectOptionAsync(new SelectOptionValue { Label = "Fysiskt" });
            await need.GetByLabel("Behov", new() { Exact = true }).FillAsync("Glömmer att ta sina läkemedel och orkar inte handla.");
            await need.GetByLabel("Mål", new() { Exact = true }).FillAsync(Goal);
            await need.GetByLabel("Delmål 1 för mål 1", new() { Exact = true }).FillAsync("Du använder en dosett med påminnelse");

            var activity = page.GetByRole(AriaRole.Group, new() { Name = "Aktivitet 1 för mål 1", Exact = true });
            await activity.GetByLabel("Vad ska göras?").FillAsync(Activity);
            await activity.GetByLabel("Vem ansvarar?").SelectOptionAsync(new SelectOptionValue { Label = "Kommunens verksamhet" });
            await activity.GetByLabel("Verksamhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hemtjänst Gottsunda" });
            await activity.GetByLabel("När? (tidsplan)").FillAsync("Från utskrivningen, i tre månader");

            await page.GetByLabel("Samordningsansvarig (namn)").FillAsync("Anna Lind");
            await page.GetByLabel("Samordnarens verksamhet").SelectOptionAsync(new SelectOptionValue { Label = "Vårdcentralen Gottsunda" });
            await page.GetByLabel("Datum för uppföljning").FillAsync(followUpOn);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och gå till fastställande" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/plan/agree$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planutkastet är sparat.");
            await journey.CheckPageAsync("plan-agree", "Fastställ planen");
        });

        await journey.StepAsync("plan: agreement is refused while the plan is incomplete", async () =>
        {
            await Expect(page.GetByLabel("Godkänd av")).ToHaveValueAsync(FullName);
            await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv vad som ska hända om tillståndet försämras.");
            await Expect(page.Locator(".notice.attention")).ToContainTextAsync("Planen behöver kompletteras");
            await journey.CheckPageAsync("plan-agree-refused", "Fastställ planen");
        });

        await journey.StepAsync("plan: complete the draft and agree it", async () =>
        {
            await page.Locator(".notice.attention").GetByRole(AriaRole.Link, new() { Name = "Ändra planen" }).ClickAsync();
            // Nothing typed earlier is lost.
            await Expect(page.GetByLabel("Den enskildes egna mål", new() { Exact = true })).ToHaveValueAsync(OwnGoals);
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Behov och mål 1", Exact = true }).GetByLabel("Mål", new() { Exact = true })).ToHaveValueAsync(Goal);
            await page.GetByLabel("Vad händer om den enskildes tillstånd försämras?")
                .FillAsync("Karin ringer vårdcentralen. Vid akut försämring ringer Astrid eller Karin 112.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och gå till fastställande" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/plan/agree$"));
            await Expect(page.GetByLabel("Hur planen godkändes")).ToHaveValueAsync("AtMeeting");
            await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planen är fastställd och gäller nu.");
            await Expect(page.Locator(".status-panel .phase")).ToHaveTextAsync("Plan gäller");
            var plan = page.GetByRole(AriaRole.Region, new() { Name = "Gällande plan" });
            await Expect(plan).ToContainTextAsync(Goal);
            await Expect(plan).ToContainTextAsync("godkänd av " + FullName);
            await journey.CheckPageAsync("case-plan-in-force", "SIP för " + FullName);
        });

        await journey.StepAsync("plan: print view", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Visa planen för utskrift eller storskärm" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/plan/print"));
            await Expect(page.Locator("main")).ToContainTextAsync("fastställd och gäller");
            await Expect(page.Locator("main")).ToContainTextAsync(Goal);
            await Expect(page.Locator("main")).ToContainTextAsync(Activity);
            await journey.CheckPageAsync("plan-print", "Samordnad individuell plan");

            // As it comes out on paper: the site's header and the no-print hints are left off.
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
            await journey.CheckPageAsync("plan-print-media", "Samordnad individuell plan");
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        });

        await journey.StepAsync("follow-up: the plan continues with a new date", async () =>
        {
            await page.GotoAsync(caseUrl);
            await ClickNextStepAsync(page, "Följ upp planen");
            await journey.CheckPageAsync("follow-up", "Följ upp planen");
            var goal = page.GetByRole(AriaRole.Group, new() { Name = "Mål 1", Exact = true });
            await Expect(goal).ToContainTextAsync(Goal);
            await goal.GetByLabel("Hur långt har målet nåtts?").SelectOptionAsync(new SelectOptionValue { Label = "Delvis uppfyllt" });
            await goal.GetByLabel("Kommentar", new() { Exact = true }).FillAsync("Dosetten fungerar, men kvällsdosen glöms ibland.");
            await Expect(page.GetByLabel("Datum för uppföljningen")).ToHaveValueAsync(today);
            await page.GetByLabel("Sammanfattning").FillAsync("Bättre än vid utskrivningen. Hemtjänsten fortsätter som planerat.");
            await page.GetByLabel("Planen fortsätter – ny uppföljning bokas").CheckAsync();
            await page.GetByLabel("Nästa uppföljning (när planen fortsätter)").FillAsync(nextFollowUpOn);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await Expect(page.Locator(".status-panel .phase")).ToHaveTextAsync("Plan gäller");
            await Expect(page.Locator(".status-panel")).ToContainTextAsync(nextFollowUpShown);
            var followUps = page.GetByRole(AriaRole.Region, new() { Name = "Uppföljningar" });
            await Expect(followUps).ToContainTextAsync("Planen fortsätter");
            await Expect(followUps).ToContainTextAsync("Delvis uppfyllt");
            await Expect(followUps).ToContainTextAsync(nextFollowUpOn);
            await journey.CheckPageAsync("case-followed-up", "SIP för " + FullName);
        });

        await journey.StepAsync("case list: the new SIP is listed with its plan in force", async () =>
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Ärenden" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = FullName }) });
            await Expect(row).ToContainTextAsync("Plan gäller");
            await Expect(row).ToContainTextAsync(nextFollowUpShown.Replace(":", "", StringComparison.Ordinal));
            await journey.CheckPageAsync("case-list-with-new-sip", "SIP:ar där din enhet deltar");
        });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE"));
}
