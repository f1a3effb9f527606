using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>The second half of the walk: the plan (refused once for a goal not in du-form), its
/// agreement, print view, follow-up and closing; then the lists, the auditor's log search and the
/// same pages once more with the Content-Security-Policy enforced.</summary>
public sealed partial class StoredXssTests
{
    private async Task WritePlanFollowUpAndCloseAsync(Journey journey, XssProbe probe, CaseTexts texts, string caseUrl, string today)
    {
        var page = journey.Page;
        var refusedGoal = "Hon ska " + P("goal in third person");

        await journey.StepAsync("plan: every text field, with a goal in third person", async () =>
        {
            await ClickNextStepAsync(page, "Skriv planen");
            await probe.AssertInertAsync("plan form", "Skriv planen", FullName);
            texts.OwnGoals = P("own goals");
            texts.Resources = P("resources");
            texts.Need = P("need");
            texts.SubGoals.Add(Du("sub-goal 1"));
            texts.SubGoals.Add(Du("sub-goal 2"));
            texts.ActivityWhat = P("activity what");
            texts.ActivityResponsible = P("activity responsible name");
            texts.ActivityTimePlan = P("activity time plan");
            texts.IfWorse = P("if worse");
            texts.CoordinatorName = P("coordinator name");
            texts.NewNeeds = P("new needs");

            await page.Locator("#Input_OwnGoals").FillAsync(texts.OwnGoals);
            await page.Locator("#Input_Resources").FillAsync(texts.Resources);
            await page.Locator("#Input_Goals_0__Domain").SelectOptionAsync(new SelectOptionValue { Label = "Fysiskt" });
            await page.Locator("#Input_Goals_0__Need").FillAsync(texts.Need);
            await page.Locator("#Input_Goals_0__Goal").FillAsync(refusedGoal);
            // One line per sub-goal: the first is offered, the second added by the editor's own button.
            await page.Locator("#Input_Goals_0__SubGoals_0__Text").FillAsync(texts.SubGoals[0]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål för behov och mål 1" }).ClickAsync();
            await page.Locator("#Input_Goals_0__SubGoals_1__Text").FillAsync(texts.SubGoals[1]);
            await page.Locator("#Input_Goals_0__Activities_0__What").FillAsync(texts.ActivityWhat);
            await page.Locator("#Input_Goals_0__Activities_0__Responsible").SelectOptionAsync(new SelectOptionValue { Label = "Närstående" });
            await page.Locator("#Input_Goals_0__Activities_0__ResponsibleName").FillAsync(texts.ActivityResponsible);
            await page.Locator("#Input_Goals_0__Activities_0__TimePlan").FillAsync(texts.ActivityTimePlan);
            await page.Locator("#Input_IfWorse").FillAsync(texts.IfWorse);
            await page.Locator("#Input_CoordinatorName").FillAsync(texts.CoordinatorName);
            await page.Locator("#Input_CoordinatorUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Vårdcentralen Gottsunda" });
            await page.Locator("#Input_FollowUpOn").FillAsync(Iso(Day(today).AddDays(30)));
            await page.Locator("#Input_NewNeedsReferred").FillAsync(texts.NewNeeds);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och gå till fastställande" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/plan/agree$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planutkastet är sparat.");
        });

        await journey.StepAsync("agree: the draft is shown, and refused with the goal in third person", async () =>
        {
            await probe.AssertInertAsync("agree page", [refusedGoal, .. texts.Plan.Where(t => t != texts.Goal)]);
            await XssProbe.AssertValuesAsync((page.Locator("#Input_ApprovedBy"), FullName));
            texts.ApprovedBy = P("approved by");
            await page.Locator("#Input_ApprovedBy").FillAsync(texts.ApprovedBy);
            await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await Expect(page.Locator(".notice.attention")).ToContainTextAsync("Planen behöver kompletteras");
            await probe.AssertInertAsync("agree, error state", [refusedGoal, .. texts.Plan.Where(t => t != texts.Goal)]);
            await XssProbe.AssertValuesAsync((page.Locator("#Input_ApprovedBy"), texts.ApprovedBy));

            await page.GotoAsync(caseUrl + "/plan/print?version=1");
            await probe.AssertInertAsync("print view of the draft", [refusedGoal, "SIP för " + FullName, .. texts.Plan.Where(t => t != texts.Goal)]);
        });

        await journey.StepAsync("plan re-opened: every value back, goal rewritten in du-form, agreed", async () =>
        {
            await page.GotoAsync(caseUrl + "/plan");
            await probe.AssertNothingRanAsync("plan re-opened");
            await XssProbe.AssertValuesAsync(
                (page.Locator("#Input_OwnGoals"), texts.OwnGoals),
                (page.Locator("#Input_Resources"), texts.Resources),
                (page.Locator("#Input_Goals_0__Need"), texts.Need),
                (page.Locator("#Input_Goals_0__Goal"), refusedGoal),
                (page.Locator("#Input_Goals_0__SubGoals_0__Text"), texts.SubGoals[0]),
                (page.Locator("#Input_Goals_0__SubGoals_1__Text"), texts.SubGoals[1]),
                (page.Locator("#Input_Goals_0__Activities_0__What"), texts.ActivityWhat),
                (page.Locator("#Input_Goals_0__Activities_0__ResponsibleName"), texts.ActivityResponsible),
                (page.Locator("#Input_Goals_0__Activities_0__TimePlan"), texts.ActivityTimePlan),
                (page.Locator("#Input_IfWorse"), texts.IfWorse),
                (page.Locator("#Input_CoordinatorName"), texts.CoordinatorName),
                (page.Locator("#Input_NewNeedsReferred"), texts.NewNeeds));

            texts.Goal = Du("goal");
            await page.Locator("#Input_Goals_0__Goal").FillAsync(texts.Goal);
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och gå till fastställande" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/plan/agree$"));
            await probe.AssertInertAsync("agree page, du-form", texts.Plan);
            await page.Locator("#Input_ApprovedBy").FillAsync(texts.ApprovedBy);
            await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planen är fastställd och gäller nu.");
            await probe.AssertInertAsync("case page, plan in force", [.. texts.Plan, "godkänd av " + texts.ApprovedBy]);
        });

        await journey.StepAsync("follow-up: comment and summary, re-shown without a next date, then saved", async () =>
        {
            await ClickNextStepAsync(page, "Följ upp planen");
            // The form shows the agreed plan's goal, sub-goals, activity and referred needs.
            await probe.AssertInertAsync("follow-up form",
                texts.Need, texts.Goal, texts.SubGoals[0], texts.SubGoals[1], texts.ActivityWhat, texts.ActivityResponsible, texts.ActivityTimePlan, texts.NewNeeds);
            texts.FollowUpComment = P("follow-up comment");
            texts.FollowUpSummary = P("follow-up summary");
            await page.Locator("#Input_Assessments_0__Fulfilment").SelectOptionAsync(new SelectOptionValue { Label = "Delvis uppfyllt" });
            await page.Locator("#Input_Assessments_0__Comment").FillAsync(texts.FollowUpComment);
            await page.Locator("#Input_Summary").FillAsync(texts.FollowUpSummary);
            await page.Locator("#Input_Outcome_Continue").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await probe.AssertInertAsync("follow-up, error state", texts.Goal, texts.ActivityWhat);
            await XssProbe.AssertValuesAsync(
                (page.Locator("#Input_Assessments_0__Comment"), texts.FollowUpComment),
                (page.Locator("#Input_Summary"), texts.FollowUpSummary));

            await page.Locator("#Input_NextFollowUpOn").FillAsync(Iso(Day(today).AddDays(90)));
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await probe.AssertInertAsync("case page after the follow-up", texts.FollowUpComment, texts.FollowUpSummary, texts.Goal);

            // The follow-up form opened again (the plan continues) shows the plan once more.
            await page.GotoAsync(caseUrl + "/follow-up");
            await probe.AssertInertAsync("follow-up form re-opened", texts.Goal, texts.SubGoals[1], texts.NewNeeds);
        });

        await journey.StepAsync("print view of the agreed plan", async () =>
        {
            await page.GotoAsync(caseUrl + "/plan/print");
            await Expect(page.Locator("main")).ToContainTextAsync("fastställd och gäller");
            await probe.AssertInertAsync("print view",
                [FullName, texts.Chair, texts.Secretary, .. texts.ParticipantNames, .. texts.ParticipantRoles, .. texts.Plan,
                 "godkänd av " + texts.ApprovedBy, texts.FollowUpComment, texts.FollowUpSummary]);
        });

        await journey.StepAsync("case list while open", async () =>
        {
            await page.GotoAsync("/");
            await probe.AssertInertAsync("case list", FullName);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = FullName, Exact = true })).ToBeVisibleAsync();
        });

        await journey.StepAsync("close: note re-shown without a reason, then closed with another reason", async () =>
        {
            await page.GotoAsync(caseUrl);
            await ClickNextStepAsync(page, "Avsluta SIP");
            texts.CloseNote = P("close note");
            await page.Locator("#Input_Note").FillAsync(texts.CloseNote);
            await page.GetByRole(AriaRole.Button, new() { Name = "Avsluta SIP:en" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Välj skäl för avslut.");
            await probe.AssertInertAsync("close, error state", "Avsluta SIP:en för " + FullName);
            await XssProbe.AssertValuesAsync((page.Locator("#Input_Note"), texts.CloseNote));

            await page.Locator("#reason-Other").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Avsluta SIP:en" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("SIP:en är avslutad.");
            await probe.AssertInertAsync("case page, closed", texts.CloseNote);
        });
    }

    private async Task CheckListsAuditAndCspAsync(Journey journey, XssProbe probe, CaseTexts texts, string caseUrl, string personnummer)
    {
        var page = journey.Page;

        await journey.StepAsync("case list of closed cases, and a search that echoes a payload", async () =>
        {
            await page.GotoAsync("/?show=Closed");
            await probe.AssertInertAsync("case list, closed", FullName);

            await page.GotoAsync("/?show=All&q=" + Uri.EscapeDataString(ImgBreakout));
            await probe.AssertNothingRanAsync("case list search echo");
            await XssProbe.AssertValuesAsync((page.Locator("#q"), ImgBreakout));
        });

        await journey.StepAsync("as ulla.bjork: the log search and the person's log extract", async () =>
        {
            var auditor = await DemoSignIn.NewPageAsync(app.Browser, app.Server.BaseAddress, bypassCsp: true);
            var auditorProbe = new XssProbe(auditor);
            try
            {
                await DemoSignIn.AsAsync(auditor, "ulla.bjork");
                await auditor.GotoAsync("/audit?pnr=" + Uri.EscapeDataString(personnummer));
                await Expect(auditor.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
                await auditorProbe.AssertInertAsync("audit search for the person", FullName);

                await auditor.GotoAsync("/audit/person?pnr=" + Uri.EscapeDataString(personnummer));
                await Expect(auditor.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
                await auditorProbe.AssertInertAsync("audit extract for the person", "Loggutdrag – " + FullName);

                // The user-name filter is echoed into the form.
                await auditor.GotoAsync("/audit?user=" + Uri.EscapeDataString(QuoteBreakout));
                await auditorProbe.AssertNothingRanAsync("audit search echo");
                await XssProbe.AssertValuesAsync((auditor.Locator("#user"), QuoteBreakout));
            }
            finally
            {
                await auditor.Context.CloseAsync();
            }
        });

        await journey.StepAsync("with the Content-Security-Policy enforced: no CSP report on any page", async () =>
        {
            var enforced = await DemoSignIn.SameUserInNewContextAsync(app.Browser, page, app.Server.BaseAddress, bypassCsp: false);
            var enforcedProbe = new XssProbe(enforced);
            try
            {
                var response = await enforced.GotoAsync(caseUrl);
                Assert.NotNull(response);
                var csp = await response.HeaderValueAsync("content-security-policy");
                Assert.NotNull(csp);
                Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
                await enforcedProbe.AssertInertAsync("case page, CSP enforced", texts.AllShownOnCasePage);
                await enforced.GotoAsync(caseUrl + "/plan/print");
                await enforcedProbe.AssertInertAsync("print view, CSP enforced", texts.Plan);
                await enforced.GotoAsync("/?show=All");
                await enforcedProbe.AssertInertAsync("case list, CSP enforced", FullName);
                Assert.True(enforcedProbe.CspReports.Count == 0,
                    "The browser reported CSP violations: something from user text tried to run. " + string.Join("; ", enforcedProbe.CspReports));
            }
            finally
            {
                await enforced.Context.CloseAsync();
            }

            Assert.Empty(probe.CspReports);
        });
    }
}
