using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// axe (WCAG 2.0/2.1 A and AA) with zero violations, and a screenshot, on the pages the journeys do
/// not visit: refusals and errors, the paper forms, protected identity, the unit choice, the
/// auditor's pages, the administrator's pages and the case page in English. Also the new-case form
/// by keyboard: Tab order and how errors are tied to their fields.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class A11yNewPagesTests(SamplanFixture app, ITestOutputHelper output)
{
    private const string GunnelCase = "/cases/0d000000-0000-0000-0000-000000000001";
    private const string SvenCase = "/cases/0d000000-0000-0000-0000-000000000005";
    private const string SvenPnr = "19521130-5130";

    [Fact]
    public async Task Refusal_error_paper_form_protected_identity_and_English_case_pages_pass_axe()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "a11y-anna-");

        await journey.StepAsync("sign in as anna.lind", () => DemoSignIn.AsAsync(page, "anna.lind"));

        await journey.StepAsync("/account/denied: the audit pages are not for staff", async () =>
        {
            await page.GotoAsync("/audit");
            await Expect(page).ToHaveURLAsync(new Regex("/account/denied"));
            await journey.CheckPageAsync("account-denied", "Du har inte behörighet till sidan");
        });

        await journey.StepAsync("/status/404: an unknown case", async () =>
        {
            var response = await page.GotoAsync("/cases/" + Guid.NewGuid());
            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            await journey.CheckPageAsync("status-404", "Sidan eller ärendet finns inte");
        });

        await journey.StepAsync("/manual-forms", async () =>
        {
            await page.GotoAsync("/manual-forms");
            await journey.CheckPageAsync("manual-forms", "Blanketter för manuell SIP");
        });

        await journey.StepAsync("protected identity (GET only, nothing confirmed)", async () =>
        {
            await page.GotoAsync(GunnelCase + "/protected-identity");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bekräfta skyddade personuppgifter" })).ToBeVisibleAsync();
            await journey.CheckPageAsync("protected-identity", "Personen har fått skyddade personuppgifter");
        });

        await journey.StepAsync("the case's deviations: the list and the report form (GET only, nothing reported)", async () =>
        {
            await page.GotoAsync(SvenCase + "/deviations");
            await Expect(page.GetByLabel("Beskrivning")).ToBeVisibleAsync();
            await journey.CheckPageAsync("deviations", "Avvikelser i SIP:en för Sven Karlsson");
        });

        await journey.StepAsync("the plan as text for the unit's own record, copied with one click", async () =>
        {
            await page.GotoAsync(SvenCase + "/plan/journal-text");
            await Expect(page.GetByLabel("Text att kopiera")).ToContainTextAsync("Gångträning två gånger i veckan");
            await journey.CheckPageAsync("journal-text", "Text till er journal");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kopiera texten" }).ClickAsync();
            // Headless Chromium may refuse the clipboard; either way the user is told what happened.
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("kopierad|Kunde inte kopiera") })).ToBeVisibleAsync();
        });

        await journey.StepAsync("who has the agreed plan (GET only, nothing recorded)", async () =>
        {
            await page.GotoAsync(SvenCase + "/plan/copies");
            await Expect(page.Locator("table.copies")).ToContainTextAsync("Sven Karlsson (den enskilde)");
            await journey.CheckPageAsync("plan-copies", "Vem har fått planen");
        });

        await journey.StepAsync("/notices: the unit's notices by e-mail", async () =>
        {
            await page.GotoAsync("/notices");
            await journey.CheckPageAsync("notices", "Aviseringar per e-post för");
        });

        await journey.StepAsync("the case page in English", async () =>
        {
            await page.GotoAsync(SvenCase);
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Plan in force" })).ToBeVisibleAsync();
            await journey.CheckPageAsync("case-page-english", "SIP for Sven Karlsson");
            await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        });

        journey.Finish();
    }

    [Fact]
    public async Task New_case_form_is_tabbed_in_visual_order_and_ties_each_error_to_its_field()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "a11y-keyboard-");
        string[] expectedOrder =
        [
            "Input_Personnummer", "Input_GivenName", "Input_FamilyName", "Input_Reason", "Input_NeedIdentifiedOn",
            "Input_DischargeReadyOn", "Input_NoticedBy", "submit:Starta SIP",
        ];

        await journey.StepAsync("sign in as anna.lind", () => DemoSignIn.AsAsync(page, "anna.lind"));

        await journey.StepAsync("Tab from the top of main reaches every field in visual order, then the submit button", async () =>
        {
            await page.GotoAsync("/cases/new");
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator(":focus")).ToHaveTextAsync("Hoppa till innehållet");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToBeFocusedAsync();

            var order = new List<string>();
            var boxes = new List<(string Id, double X, double Y)>();
            for (var presses = 0; presses < 40 && (order.Count == 0 || order[^1] != "submit:Starta SIP"); presses++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<JsonElement>(
                    """
                    () => {
                        const e = document.activeElement;
                        const r = e.getBoundingClientRect();
                        const key = e.id || (e.type === 'submit' ? 'submit:' + e.textContent.trim() : e.tagName + ':' + (e.textContent || '').trim());
                        return { key, x: r.left + window.scrollX, y: r.top + window.scrollY };
                    }
                    """);
                var key = focused.GetProperty("key").GetString()!;
                if (order.Count == 0 || order[^1] != key)
                {
                    order.Add(key);
                    boxes.Add((key, focused.GetProperty("x").GetDouble(), focused.GetProperty("y").GetDouble()));
                }
            }

            output.WriteLine("Tab order: " + string.Join(" → ", order));
            Assert.Equal(expectedOrder, order);
            for (var i = 1; i < boxes.Count; i++)
            {
                var (previous, next) = (boxes[i - 1], boxes[i]);
                var below = next.Y > previous.Y + 1;
                var rightOnSameLine = Math.Abs(next.Y - previous.Y) <= 1 && next.X > previous.X;
                Assert.True(below || rightOnSameLine, $"{next.Id} ({next.X:0},{next.Y:0}) is reached after {previous.Id} ({previous.X:0},{previous.Y:0}) but is not after it on screen.");
            }
        });

        await journey.StepAsync("a wrong check digit: announced, and the field points at its message", async () =>
        {
            var valid = TestPersonnummer.For(new DateOnly(1962, 1, 1).AddDays(Random.Shared.Next(0, 365)), Random.Shared.Next(0, 1000));
            var wrong = valid[..^1] + (char)('0' + ((valid[^1] - '0' + 1) % 10));
            await page.Locator("#Input_Personnummer").FillAsync(wrong);
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();

            var alert = page.GetByRole(AriaRole.Alert);
            await Expect(alert).ToContainTextAsync("Kontrollsiffran stämmer inte");
            var invalid = await AssertErrorsTiedToFieldsAsync(page);
            Assert.Equal(["Input_Personnummer"], invalid);
            // The hint stays described as well.
            var describedBy = await page.Locator("#Input_Personnummer").GetAttributeAsync("aria-describedby");
            Assert.Contains("pnr-hint", describedBy!.Split(' '));
            await journey.CheckPageAsync("new-case-error-personnummer", "Starta en SIP");

            // A valid new number without names: both name fields are marked.
            await page.Locator("#Input_Personnummer").FillAsync(valid);
            await page.Locator("#Input_Reason").FillAsync("Behöver samordning mellan vårdcentral och hemtjänst.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
            await Expect(alert).ToBeVisibleAsync();
            invalid = await AssertErrorsTiedToFieldsAsync(page);
            Assert.Equal(["Input_FamilyName", "Input_GivenName"], invalid.Order(StringComparer.Ordinal));
            await Expect(page.Locator("#Input_Personnummer")).Not.ToHaveAttributeAsync("aria-invalid", "true");
            await journey.CheckPageAsync("new-case-error-names", "Starta en SIP");
        });

        journey.Finish();
    }

    [Fact]
    public async Task Unit_choice_for_a_user_with_two_units_passes_axe()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "a11y-eva-");

        await journey.StepAsync("sign in as eva.strand: she is asked which unit she works for", async () =>
        {
            await DemoSignIn.AsAsync(page, "eva.strand");
            await Expect(page).ToHaveURLAsync(new Regex("/account/unit"));
            var group = page.GetByRole(AriaRole.Group, new() { Name = "Dina uppdrag" });
            await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
            await journey.CheckPageAsync("account-unit", "Vilken enhet arbetar du för nu?");
        });

        await journey.StepAsync("/account/unit opened from the header", async () =>
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = "Vårdcentralen Gottsunda", Exact = false }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
            await Expect(page.Locator(".session")).ToContainTextAsync("Vårdcentralen Gottsunda");
            await page.GetByRole(AriaRole.Link, new() { Name = "Byt enhet" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Vårdcentralen Gottsunda", Exact = false })).ToBeCheckedAsync();
            await journey.CheckPageAsync("account-unit-switch", "Vilken enhet arbetar du för nu?");
        });

        journey.Finish();
    }

    [Fact]
    public async Task Audit_pages_pass_axe_for_the_auditor()
    {
        // Someone at Region Uppsala opens Sven's case first, so the log has his events.
        var staff = await app.NewPageAsync();
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "a11y-ulla-");

        await journey.StepAsync("anna.lind opens Sven Karlsson's case", async () =>
        {
            await DemoSignIn.AsAsync(staff, "anna.lind");
            await staff.GotoAsync(SvenCase);
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SIP för Sven Karlsson");
            await staff.Context.CloseAsync();
        });

        await journey.StepAsync("sign in as ulla.bjork", () => DemoSignIn.AsAsync(page, "ulla.bjork"));

        await journey.StepAsync("/audit with a search result", async () =>
        {
            await page.GotoAsync("/audit?pnr=" + SvenPnr);
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Sven Karlsson");
            await journey.CheckPageAsync("audit-search", "Logggranskning");
        });

        await journey.StepAsync("/audit/person: the log extract", async () =>
        {
            await page.GotoAsync("/audit/person?pnr=" + SvenPnr);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "Loggutdrag" })).ToContainTextAsync("Sven Karlsson");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Vårdcentralen Gottsunda");
            await journey.CheckPageAsync("audit-person", "Loggutdrag för en person");
        });

        await journey.StepAsync("/audit/review", async () =>
        {
            await page.GotoAsync("/audit/review");
            await journey.CheckPageAsync("audit-reviews", "Dokumenterade logggranskningar");
        });

        await journey.StepAsync("/audit/review/sample after drawing a sample", async () =>
        {
            await page.GotoAsync("/audit/review/sample");
            await journey.CheckPageAsync("audit-sample-form", "Stickprov i loggen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Dra stickprov" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stickprovet" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            await journey.CheckPageAsync("audit-sample-drawn", "Stickprov i loggen");
        });

        await journey.StepAsync("/audit/verify after running it", async () =>
        {
            await page.GotoAsync("/audit/verify");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollera hela kedjan" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Loggen är obruten");
            await journey.CheckPageAsync("audit-verify", "Kontrollera loggkedjan");
        });

        journey.Finish();
    }

    [Fact]
    public async Task Admin_pages_pass_axe_for_the_unit_administrator()
    {
        var page = await app.NewPageAsync();
        var journey = new Journey(page, app.Server, output, screenshotPrefix: "a11y-nils-");

        await journey.StepAsync("sign in as nils.strom", () => DemoSignIn.AsAsync(page, "nils.strom"));

        await journey.StepAsync("/admin", async () =>
        {
            await page.GotoAsync("/admin");
            await journey.CheckPageAsync("admin", "Administration");
        });

        await journey.StepAsync("/admin/staff", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Personal och uppdrag" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("anna.lind");
            await journey.CheckPageAsync("admin-staff", "Personal i Region Uppsala");
        });

        await journey.StepAsync("/admin/staff/{id}", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Anna Lind", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/admin/staff/[^/]+$"));
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Vårdcentralen Gottsunda");
            await journey.CheckPageAsync("admin-staff-details", "Anna Lind");
        });

        await journey.StepAsync("/admin/units with the report of an import with one good and one bad row", async () =>
        {
            await page.GotoAsync("/admin/units");
            await journey.CheckPageAsync("admin-units", "Enheter i Region Uppsala");
            var suffix = Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var csv = "hsaId;name;organisationNumber\n"
                + $"SE2321000016-E2E{suffix};E2E-testmottagningen Flogsta;2321000016\n"
                + "SE2120003140-E2E1;Kommunens enhet i fel fil;2120003140\n";
            await page.Locator("#Import_Pasted").FillAsync(csv);
            await page.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
            var report = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Resultat av importen" }) });
            await Expect(report).ToContainTextAsync("1 skapade");
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Avvisade rader – rätta dem i filen och importera igen" })).ToContainTextAsync("SE2120003140-E2E1");
            await Expect(page.GetByRole(AriaRole.Table).Last).ToContainTextAsync("E2E-testmottagningen Flogsta");
            await journey.CheckPageAsync("admin-units-import-report", "Enheter i Region Uppsala");
        });

        journey.Finish();
    }

    /// <summary>Every field marked aria-invalid="true" names, in aria-describedby, an element with
    /// its message, and that message is also in the announced summary (role="alert"). Returns the
    /// invalid fields' ids.</summary>
    private static async Task<string[]> AssertErrorsTiedToFieldsAsync(IPage page)
    {
        var summary = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        // One line per field: its id, then the text of each element its aria-describedby names.
        var fields = await page.Locator("main [aria-invalid='true']").EvaluateAllAsync<string[]>(
            """
            es => es.map(e => [e.id, ...(e.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
                .map(id => { const m = document.getElementById(id); return m ? m.textContent.trim() : '(missing #' + id + ')'; })].join('\u0001'))
            """);
        Assert.NotEmpty(fields);
        var ids = new List<string>();
        foreach (var field in fields)
        {
            var parts = field.Split('\u0001');
            var id = parts[0];
            var messages = parts[1..];
            ids.Add(id);
            Assert.DoesNotContain(messages, m => m.StartsWith("(missing #", StringComparison.Ordinal));
            Assert.True(messages.Any(m => m.Length > 0 && summary.Contains(m, StringComparison.Ordinal)),
                $"#{id} is aria-invalid but none of its aria-describedby elements holds a message from the error summary: [{string.Join(" | ", messages)}]; summary: {summary}");
        }

        return [.. ids];
    }
}
