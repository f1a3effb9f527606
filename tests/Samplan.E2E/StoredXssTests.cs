using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// Stored XSS: Anna Lind takes one SIP through every phase with script payloads in every free-text
/// field the UI offers, then every page that shows the text is opened — the case page, the print
/// view, the case list, each form re-opened or re-shown with a rule violation, and the auditor's log
/// search. On each: no dialog, <c>window.__xss</c> undefined, no element or event attribute made
/// from the text, and the text itself on the page, literally.
/// </summary>
/// <remarks>
/// The walk runs in a browser context that bypasses the Content-Security-Policy: with the policy on,
/// an encoding bug would be hidden (the injected script would simply be blocked), so here it is the
/// output encoding alone that must keep the payloads inert. At the end the same pages are opened
/// once more with the policy enforced, and there must be no CSP report at all.
/// </remarks>
[Collection(SamplanCollection.Name)]
public sealed partial class StoredXssTests(SamplanFixture app, ITestOutputHelper output)
{
    // The payloads. Each field gets one, followed by a tag saying which field it is.
    private const string Script = "<script>window.__xss=1</script>";
    private const string ImgBreakout = "\"><img src=x onerror=\"window.__xss=1\">";
    private const string Svg = "<svg onload=window.__xss=1>";
    private const string JsUrl = "javascript:window.__xss=1";
    private const string QuoteBreakout = "' onmouseover='window.__xss=1";
    private const string Alert = "<img src=x onerror=alert(1)>";
    private const string TextareaBreakout = "</textarea><script>window.__xss=1</script>";
    private const string Swedish = "Åsa & Örjan äter räksmörgås på Ödön: 5 < 6 > 4 \"citat\" 'enkla'";

    private static readonly string[] Payloads = [Script, ImgBreakout, Svg, JsUrl, QuoteBreakout, Alert, TextareaBreakout, Swedish];

    // The individual's names carry payloads too: they are in every heading, title and table.
    private const string GivenName = "Åke\"><img src=x onerror=\"window.__xss=1\">";
    private const string FamilyName = "Öst<svg onload=window.__xss=1>";
    private const string FullName = GivenName + " " + FamilyName;

    private int payloadCounter;

    /// <summary>A payload for one field, rotating through all of them, tagged with the field.</summary>
    private string P(string field) => $"{Payloads[payloadCounter++ % Payloads.Length]} [{field}]";

    /// <summary>A text that must be in du-form (a plan goal or sub-goal) so that the plan can be agreed.</summary>
    private string Du(string field) => "Du ska " + P(field);

    [Fact]
    public async Task Script_payloads_in_every_free_text_field_stay_text_on_every_page_that_shows_them()
    {
        var page = await DemoSignIn.NewPageAsync(app.Browser, app.Server.BaseAddress, bypassCsp: true);
        var probe = new XssProbe(page);
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "xss-");
        var shots = new Screenshots("xss-");
        var personnummer = TestPersonnummer.For(new DateOnly(1961, 1, 1).AddDays(Random.Shared.Next(0, 365)), Random.Shared.Next(0, 1000));
        var texts = new CaseTexts();
        var caseUrl = string.Empty;
        var today = string.Empty;

        await journey.StepAsync("sign in as anna.lind (CSP bypassed: encoding alone must hold)", async () =>
        {
            await DemoSignIn.AsAsync(page, "anna.lind");
            await Expect(page.Locator(".session")).ToContainTextAsync("Vårdcentralen Gottsunda");
        });

        await journey.StepAsync("new case: payloads in names, reason and noticed-by, re-shown after a wrong check digit", async () =>
        {
            texts.Reason = P("reason");
            texts.NoticedBy = P("noticed-by");
            await page.GotoAsync("/cases/new");
            var wrong = personnummer[..^1] + (char)('0' + ((personnummer[^1] - '0' + 1) % 10));
            await page.Locator("#Input_Personnummer").FillAsync(wrong);
            await page.Locator("#Input_GivenName").FillAsync(GivenName);
            await page.Locator("#Input_FamilyName").FillAsync(FamilyName);
            await page.Locator("#Input_Reason").FillAsync(texts.Reason);
            await page.Locator("#Input_NoticedBy").FillAsync(texts.NoticedBy);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kontrollsiffran stämmer inte");
            await probe.AssertNothingRanAsync("new case, error state");
            await XssProbe.AssertValuesAsync(
                (page.Locator("#Input_Personnummer"), wrong),
                (page.Locator("#Input_GivenName"), GivenName),
                (page.Locator("#Input_FamilyName"), FamilyName),
                (page.Locator("#Input_Reason"), texts.Reason),
                (page.Locator("#Input_NoticedBy"), texts.NoticedBy));

            await page.Locator("#Input_Personnummer").FillAsync(personnummer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));
            caseUrl = new Uri(page.Url).AbsolutePath;
            await Expect(page.Locator(".status-panel")).ToContainTextAsync("Initiativ – väntar på samtycke");
            await probe.AssertInertAsync("case page after the initiative", "SIP för " + FullName, texts.Reason);
            Assert.Equal("SIP för " + FullName + " – Samplan", await page.TitleAsync());
        });

        await journey.StepAsync("consent: cannot-consent path, re-shown with the attitude missing, then recorded", async () =>
        {
            await ClickNextStepAsync(page, "Registrera samtycke");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samtycke för " + FullName);
            today = await page.Locator("#Input_GivenOn").InputValueAsync();
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", today);
            await probe.AssertInertAsync("consent form", "Samtycke för " + FullName);
            await XssProbe.AssertValuesAsync((page.Locator("#Input_GivenBy"), FullName));

            texts.GivenBy = P("consent given by");
            texts.AttitudeSource = P("attitude source");
            texts.Attitude = P("attitude");
            texts.Representative = P("representative");
            texts.NotToBeShared = P("not to be shared");
            await page.Locator("#kind-CannotConsent").CheckAsync();
            await page.Locator("#Input_GivenBy").FillAsync(texts.GivenBy);
            await page.Locator("#Input_AttitudeSourceKind").SelectOptionAsync("GoodMan");
            await page.Locator("#Input_AttitudeSource").FillAsync(texts.AttitudeSource);
            await page.Locator("#Input_RepresentativeName").FillAsync(texts.Representative);
            await page.Locator("#Input_NotToBeShared").FillAsync(texts.NotToBeShared);
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await probe.AssertInertAsync("consent, error state", "Samtycke för " + FullName);
            await XssProbe.AssertValuesAsync(
                (page.Locator("#Input_GivenBy"), texts.GivenBy),
                (page.Locator("#Input_AttitudeSource"), texts.AttitudeSource),
                (page.Locator("#Input_RepresentativeName"), texts.Representative),
                (page.Locator("#Input_NotToBeShared"), texts.NotToBeShared));

            await page.Locator("#Input_AttitudeOfIndividual").FillAsync(texts.Attitude);
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Samtycket är registrerat.");
            await probe.AssertInertAsync("case page after consent", texts.Consent);
        });

        await journey.StepAsync("preparation: every text field of both forms, saved and re-opened", async () =>
        {
            await ClickNextStepAsync(page, "Förbered mötet");
            var fields = new[]
            {
                "Purpose", "Goal", "Questions", "ParticipationAdaptations", "Language", "InformWhenAbsent", "MappedActors", "Situation", "Background",
                "Assessment", "Recommendation",
            };
            // The individual's own preparation is a form of its own (R-PREP-4).
            var ownFields = new[] { "MyExperience", "MyNeedsAndWishes", "HowIWouldLikeIt", "CoordinatorWish", "MyContacts", "MyNotes" };
            foreach (var field in fields)
            {
                texts.Preparation[field] = P("preparation " + field);
                await page.Locator("#Input_" + field).FillAsync(texts.Preparation[field]);
            }

            // Every text box and text area of the form is in the list above.
            var textFields = await page.Locator("form textarea, form input[type='text'], form input:not([type])").EvaluateAllAsync<string[]>("es => es.map(e => e.id)");
            Assert.Equal(fields.Select(f => "Input_" + f).Order(StringComparer.Ordinal), textFields.Order(StringComparer.Ordinal));

            await page.GetByLabel("Hela mötet").CheckAsync();
            await page.Locator("#Input_InterpreterNeeded").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara förberedelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Förberedelsen är sparad.");

            await page.GotoAsync(caseUrl + "/preparation/own");
            foreach (var field in ownFields)
            {
                texts.Preparation[field] = P("preparation " + field);
                await page.Locator("#Input_" + field).FillAsync(texts.Preparation[field]);
            }

            var ownTextFields = await page.Locator("form textarea, form input[type='text'], form input:not([type])").EvaluateAllAsync<string[]>("es => es.map(e => e.id)");
            Assert.Equal(ownFields.Select(f => "Input_" + f).Order(StringComparer.Ordinal), ownTextFields.Order(StringComparer.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara den egna förberedelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Den enskildes egen förberedelse är sparad.");
            await probe.AssertInertAsync("case page after the preparation", texts.PreparationShownOnCasePage);

            await page.GotoAsync(caseUrl + "/preparation");
            await probe.AssertInertAsync("preparation re-opened", "Förbered mötet med " + FullName);
            await XssProbe.AssertValuesAsync(fields.Select(f => (page.Locator("#Input_" + f), texts.Preparation[f])));
            await page.GotoAsync(caseUrl + "/preparation/own");
            await probe.AssertInertAsync("own preparation re-opened", "Egen förberedelse för " + FullName);
            await XssProbe.AssertValuesAsync(ownFields.Select(f => (page.Locator("#Input_" + f), texts.Preparation[f])));
        });

        await journey.StepAsync("invitation: place, message and other invitees, re-shown with a date in the past, then sent", async () =>
        {
            await page.GotoAsync(caseUrl);
            await ClickNextStepAsync(page, "Skicka kallelse");
            await probe.AssertInertAsync("invitation form", "Kallelse till SIP-möte för " + FullName,
                texts.Preparation["Purpose"], texts.Preparation["Goal"]);
            texts.Place = P("place");
            texts.Message = P("invitation message");
            for (var i = 0; i < 3; i++)
            {
                texts.OtherInvitees.Add(P($"other invitee {i + 1}"));
            }

            var yesterday = Iso(Day(today).AddDays(-1));
            await page.Locator("#Input_MeetingDate").FillAsync(yesterday);
            await page.Locator("#Input_StartTime").FillAsync("09:00");
            await page.Locator("#Input_Place").FillAsync(texts.Place);
            await page.Locator("#Input_Message").FillAsync(texts.Message);
            await page.GetByLabel("Sök verksamhet (namn eller HSA-id)").FillAsync("Hemtjänst Gottsunda");
            await page.GetByLabel("Hemtjänst Gottsunda").CheckAsync();
            string[] kinds = ["Relative", "Representative", "OtherActor"];
            for (var i = 0; i < 3; i++)
            {
                await page.Locator($"#Input_Others_{i}__Kind").SelectOptionAsync(kinds[i]);
                await page.Locator($"#Input_Others_{i}__Name").FillAsync(texts.OtherInvitees[i]);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Skicka kallelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await probe.AssertNothingRanAsync("invitation, error state");
            await XssProbe.AssertValuesAsync(
                [(page.Locator("#Input_Place"), texts.Place), (page.Locator("#Input_Message"), texts.Message),
                 .. texts.OtherInvitees.Select((name, i) => (page.Locator($"#Input_Others_{i}__Name"), name))]);

            await page.Locator("#Input_MeetingDate").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "Skicka kallelsen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kallelsen är skickad.");
            await probe.AssertInertAsync("case page after the invitation", [texts.Place, .. texts.OtherInvitees]);
        });

        await journey.StepAsync("meeting: chair, secretary, notes, names and roles, re-shown with a date in the future, then recorded", async () =>
        {
            await ClickNextStepAsync(page, "Dokumentera mötet");
            var names = page.Locator("input[id^='Input_Participants_'][id$='__Name']");
            var rows = await names.CountAsync();
            Assert.True(rows >= 7, $"expected the individual, 4 invitees, the user and 2 blank rows; found {rows} rows");

            // The form lists the stored names: the individual's and the invitees' from the invitation.
            await probe.AssertNothingRanAsync("meeting form");
            await XssProbe.AssertValuesAsync(
                [(page.Locator("#Input_Participants_0__Name"), FullName),
                 .. texts.OtherInvitees.Select((name, i) => (page.Locator($"#Input_Participants_{i + 2}__Name"), name))]);

            texts.Chair = P("chair");
            texts.Secretary = P("secretary");
            texts.Notes = P("meeting notes");
            await page.Locator("#Input_Chair").FillAsync(texts.Chair);
            await page.Locator("#Input_Secretary").FillAsync(texts.Secretary);
            await page.Locator("#Input_Notes").FillAsync(texts.Notes);
            for (var i = 0; i < rows; i++)
            {
                var role = P($"participant role {i + 1}");
                await page.Locator($"#Input_Participants_{i}__Role").FillAsync(role);
                texts.ParticipantRoles.Add(role);
            }

            // The two blank rows become participants with payload names.
            for (var i = rows - 2; i < rows; i++)
            {
                var name = P($"participant name {i + 1}");
                await page.Locator($"#Input_Participants_{i}__Name").FillAsync(name);
                texts.ParticipantNames.Add(name);
            }

            await page.Locator("#Input_HeldOn").FillAsync(Iso(Day(today).AddDays(1)));
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och skriv planen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await probe.AssertNothingRanAsync("meeting, error state");
            await XssProbe.AssertValuesAsync(
                [(page.Locator("#Input_Chair"), texts.Chair), (page.Locator("#Input_Secretary"), texts.Secretary), (page.Locator("#Input_Notes"), texts.Notes),
                 .. texts.ParticipantRoles.Select((role, i) => (page.Locator($"#Input_Participants_{i}__Role"), role)),
                 .. texts.ParticipantNames.Select((name, i) => (page.Locator($"#Input_Participants_{rows - 2 + i}__Name"), name))]);

            await page.Locator("#Input_HeldOn").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och skriv planen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mötet är dokumenterat.");
            await Expect(page).ToHaveURLAsync(new Regex("/plan$"));
            await page.GotoAsync(caseUrl);
            await probe.AssertInertAsync("case page after the meeting",
                [texts.Chair, texts.Secretary, .. texts.ParticipantRoles, .. texts.ParticipantNames, .. texts.OtherInvitees]);
        });

        await WritePlanFollowUpAndCloseAsync(journey, probe, texts, caseUrl, today);

        await journey.StepAsync("case page with every payload: screenshot", async () =>
        {
            await page.GotoAsync(caseUrl);
            await Expect(page.Locator(".status-panel .phase")).ToHaveTextAsync("Avslutad");
            await probe.AssertInertAsync("case page, closed, with every payload", texts.AllShownOnCasePage);
            await shots.TakeAsync(page, "case-page-with-payloads");
        });

        await CheckListsAuditAndCspAsync(journey, probe, texts, caseUrl, personnummer);
        journey.Finish();
    }

    /// <summary>Follows the case page's own "next step" link, as a user would.</summary>
    private static async Task ClickNextStepAsync(IPage page, string action) =>
        await page.Locator(".status-panel").GetByRole(AriaRole.Link, new() { Name = action, Exact = true }).ClickAsync();

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Everything typed into the case, by field, to look for later.</summary>
    private sealed class CaseTexts
    {
        public string Reason { get; set; } = "";

        public string NoticedBy { get; set; } = "";

        public string GivenBy { get; set; } = "";

        public string AttitudeSource { get; set; } = "";

        public string Attitude { get; set; } = "";

        public string Representative { get; set; } = "";

        public string NotToBeShared { get; set; } = "";

        public Dictionary<string, string> Preparation { get; } = [];

        public string Place { get; set; } = "";

        public string Message { get; set; } = "";

        public List<string> OtherInvitees { get; } = [];

        public string Chair { get; set; } = "";

        public string Secretary { get; set; } = "";

        public string Notes { get; set; } = "";

        public List<string> ParticipantNames { get; } = [];

        public List<string> ParticipantRoles { get; } = [];

        public string OwnGoals { get; set; } = "";

        public string Resources { get; set; } = "";

        public string Need { get; set; } = "";

        public string Goal { get; set; } = "";

        public List<string> SubGoals { get; } = [];

        public string ActivityWhat { get; set; } = "";

        public string ActivityResponsible { get; set; } = "";

        public string ActivityTimePlan { get; set; } = "";

        public string IfWorse { get; set; } = "";

        public string CoordinatorName { get; set; } = "";

        public string NewNeeds { get; set; } = "";

        public string ApprovedBy { get; set; } = "";

        public string FollowUpComment { get; set; } = "";

        public string FollowUpSummary { get; set; } = "";

        public string CloseNote { get; set; } = "";

        /// <summary>On the cannot-consent path what was typed as "given by" is not recorded: the
        /// one who gave the account of the attitude is (R-CONSENT-3).</summary>
        public IEnumerable<string> Consent => [AttitudeSource, Attitude, Representative, NotToBeShared];

        /// <summary>The case page leaves out the coordinator wish, contacts, own notes and how to
        /// inform when absent (they are only in the form).</summary>
        public IEnumerable<string> PreparationShownOnCasePage =>
            Preparation.Where(p => p.Key is not ("CoordinatorWish" or "MyContacts" or "MyNotes" or "InformWhenAbsent")).Select(p => p.Value);

        public IEnumerable<string> Plan =>
            [OwnGoals, Resources, Need, Goal, .. SubGoals, ActivityWhat, ActivityResponsible, ActivityTimePlan, IfWorse, CoordinatorName, NewNeeds];

        /// <summary>All that the case page shows; the noticed-by, the invitation message and the
        /// meeting notes are stored but shown on no page.</summary>
        public IEnumerable<string> AllShownOnCasePage =>
        [
            "SIP för " + FullName, Reason, .. Consent, .. PreparationShownOnCasePage, Place, .. OtherInvitees, Chair, Secretary,
            .. ParticipantNames, .. ParticipantRoles, .. Plan, "godkänd av " + ApprovedBy, FollowUpComment, FollowUpSummary, CloseNote,
        ];
    }
}
