using System.Net;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// One case walked over HTTP as anna.lind, with a refused step, a concurrent-edit conflict and
/// per.holm of Försäkringskassan trying to open it; then the audit log is read from the database
/// and compared, event by event, with what each step must have logged (docs/security.md, "What is
/// logged"). Its own app, because it moves the clock to give every step its own time.
/// </summary>
public sealed class AuditCompletenessTests(AuditedAppFactory factory) : IClassFixture<AuditedAppFactory>
{
    private const string GivenName = "Loggbert";
    private const string FamilyName = "Spårbarsson";

    [Fact]
    public async Task Every_step_is_logged_in_order_with_code_user_unit_case_person_time_client_address_and_outcome()
    {
        var anna = new AuditActor(await factory.UserIdAsync(Demo.Anna), "Anna Lind", Demo.Units.Vardcentral, AuditTrail.RegionUppsala);
        var per = new AuditActor(await factory.UserIdAsync(Demo.Per), "Per Holm", Demo.Units.FkUppsala, AuditTrail.Forsakringskassan);
        var number = TestPersonnummer.NewAdult();
        var trail = new ExpectedTrail(factory.Clock);
        var start = await factory.HeadAsync();
        using var browser = factory.NewClient();
        using var secondTab = factory.NewClient();
        using var perBrowser = factory.NewClient();
        var caseId = Guid.Empty;
        var individualId = Guid.Empty;

        await trail.StepAsync("sign in", () => browser.SignInAsync(Demo.Anna));
        trail.Expect(anna, AuditAction.SignInSucceeded, AuditOutcome.Success);

        await trail.StepAsync("case list", () => ExpectOkAsync(browser, "/"));
        trail.Expect(anna, AuditAction.CaseListViewed, AuditOutcome.Success);

        await trail.StepAsync("new case", async () => caseId = await browser.StartCaseAsync(number, "Behöver samordnat stöd efter utskrivning.", GivenName, FamilyName));
        individualId = await factory.IndividualOfAsync(caseId);
        trail.Expect(anna, AuditAction.CaseCreated, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("search", async () =>
        {
            var found = await browser.GetPageAsync("/?q=" + Uri.EscapeDataString(FamilyName));
            Assert.Contains(FamilyName, found.MainText, StringComparison.Ordinal);
        });
        trail.Expect(anna, AuditAction.CaseListViewed, AuditOutcome.Success);

        await trail.StepAsync("view", () => ExpectOkAsync(browser, $"/cases/{caseId}"));
        trail.Expect(anna, AuditAction.CaseViewed, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("consent", async () => await CaseSteps.ExpectSavedAsync(await browser.RecordConsentAsync(caseId, $"{GivenName} {FamilyName}", factory.Today), caseId, "Consent"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.ConsentRecorded, AuditOutcome.Success, caseId, individualId);

        // Refused by the rules: an invitation before the meeting's purpose is written (R-CALL-1).
        await trail.StepAsync("invitation without purpose", async () =>
        {
            var refused = await HtmlPage.ReadAsync(await browser.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst));
            AssertPage.HasError(refused, "Skriv mötets syfte");
        });
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.CaseChanged, AuditOutcome.Refused, caseId, individualId);

        // A second tab opens the preparation form; the first saves it; the second's save conflicts.
        HtmlForm staleForm = null!;
        await trail.StepAsync("second tab signs in", () => secondTab.SignInAsync(Demo.Anna));
        trail.Expect(anna, AuditAction.SignInSucceeded, AuditOutcome.Success);
        await trail.StepAsync("second tab opens preparation", async () => staleForm = (await secondTab.GetPageAsync($"/cases/{caseId}/preparation")).Form());
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        await trail.StepAsync("preparation", async () => await CaseSteps.ExpectSavedAsync(await browser.SavePreparationAsync(caseId, "Samordna stödet hemma", "Att bo kvar hemma"), caseId, "Preparation"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.PreparationSaved, AuditOutcome.Success, caseId, individualId);
        await trail.StepAsync("conflicting save", async () =>
        {
            var conflict = await HtmlPage.ReadAsync(await staleForm.Set("Input.Purpose", "Ett annat syfte").Set("Input.Goal", "Ett annat mål").PostAsync(secondTab));
            AssertPage.HasError(conflict, "Någon annan har ändrat SIP:en");
        });
        trail.Expect(anna, AuditAction.CaseChanged, AuditOutcome.Conflict, caseId, individualId);

        await trail.StepAsync("invitation", async () => await CaseSteps.ExpectSavedAsync(await browser.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst), caseId, "Invitation"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.InvitationSent, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("meeting", async () => await CaseSteps.ExpectSavedAsync(await browser.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Lena Berg"), caseId, "Meeting"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.MeetingRecorded, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("plan", async () => await CaseSteps.ExpectSavedAsync(await SavePlanAsync(browser, caseId), caseId, "Plan"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.PlanSaved, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("agree", async () => await CaseSteps.ExpectSavedAsync(await browser.SubmitFormAsync($"/cases/{caseId}/plan/agree", form => form
            .SetEndingWith($"{GivenName} {FamilyName}", "ApprovedBy")
            .SetEndingWithIfPresent("AtMeeting", "Method")
            .SetEndingWith(CaseSteps.Iso(factory.Today), "ApprovedOn")), caseId, "Agreement"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.PlanAgreed, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("print", () => ExpectOkAsync(browser, $"/cases/{caseId}/plan/print"));
        trail.Expect(anna, AuditAction.PlanPrinted, AuditOutcome.Success, caseId, individualId);

        await trail.StepAsync("follow-up", async () => await CaseSteps.ExpectSavedAsync(await browser.SubmitFormAsync($"/cases/{caseId}/follow-up", form => form
            .SetEndingWith(CaseSteps.Iso(factory.Today), "HeldOn")
            .SetEndingWith("PartlyMet", "Assessments[0].Fulfilment")
            .SetEndingWith("Continue", "Outcome")
            .SetEndingWith(CaseSteps.Iso(factory.Today.AddDays(60)), "NextFollowUpOn")), caseId, "Follow-up"));
        trail.Expect(anna, AuditAction.CaseFormOpened, AuditOutcome.Success, caseId, individualId);
        trail.Expect(anna, AuditAction.FollowUpRecorded, AuditOutcome.Success, caseId, individualId);

        // Another organisation's attempt: denied, and the entry does not name the person.
        await trail.StepAsync("per.holm signs in", () => perBrowser.SignInAsync(Demo.Per));
        trail.Expect(per, AuditAction.SignInSucceeded, AuditOutcome.Success);
        await trail.StepAsync("per.holm tries the case", async () =>
        {
            using var response = await perBrowser.GetAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        });
        trail.Expect(per, AuditAction.AccessRefused, AuditOutcome.Denied, caseId);

        await trail.StepAsync("sign out", async () =>
        {
            var page = await browser.GetPageAsync("/cases/new");
            using var response = await page.Form("form[action='/account/logout']").PostAsync(browser);
            AssertPage.Redirects(response, "/account/login");
        });
        trail.Expect(anna, AuditAction.SignedOut, AuditOutcome.Success);

        var logged = await factory.EventsAfterAsync(start, e => e.UserId == anna.UserId || e.UserId == per.UserId);
        var aboutTheCase = await factory.EventsAfterAsync(start, e => e.CaseId == caseId && e.Code != (int)AuditAction.PersonShown);

        // The people each list showed depend on what other tests started in this app; they are
        // checked apart (PeopleShownAuditTests), here only that the search named the new person.
        Assert.Contains(logged, e => e.Code == (int)AuditAction.PersonShown && e.IndividualId == individualId && e.Detail == "case list search");
        logged = [.. logged.Where(e => e.Code != (int)AuditAction.PersonShown)];
        trail.AssertMatches(logged);
        Assert.Equal(trail.Items.Count(i => i.CaseId == caseId), aboutTheCase.Count);
        Assert.All(logged, e => Assert.Equal(AuditedAppFactory.ClientAddress.ToString(), e.ClientAddress));
        var personal = new[] { GivenName, FamilyName, number.Twelve, number.WithHyphen, number.Ten, number.Twelve[2..] };
        Assert.All(logged, e => Assert.DoesNotContain(personal, p => (e.Detail ?? string.Empty).Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("search=yes", logged.Single(e => e.Code == (int)AuditAction.CaseListViewed && e.Detail!.Contains("search=yes", StringComparison.Ordinal)).Detail, StringComparison.Ordinal);
        Assert.Contains("invitation.purpose-missing", logged.Single(e => e.Outcome == AuditOutcome.Refused).Detail, StringComparison.Ordinal);
    }

    private static async Task ExpectOkAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        AssertPage.Ok(page);
    }

    private Task<HttpResponseMessage> SavePlanAsync(HttpClient client, Guid caseId) =>
        client.SubmitFormAsync($"/cases/{caseId}/plan", form => form
            .SetEndingWith("Jag vill klara mig hemma.", "OwnGoals")
            .SetEndingWith("Stöttande familj.", "Resources")
            .SetEndingWith("Ring vårdcentralen; vid akut försämring 112.", "IfWorse")
            .SetEndingWith(CaseSteps.Iso(factory.Today.AddDays(30)), "FollowUpOn")
            .SetEndingWithIfPresent("Physical", "Goals[0].Domain")
            .SetEndingWith("Svårt att klara dusch och inköp.", "Goals[0].Need")
            .SetEndingWith("Du ska känna dig trygg hemma.", "Goals[0].Goal")
            .SetEndingWith("Hemtjänst morgon och kväll", "Goals[0].Activities[0].What", "Activities[0].What")
            .SetEndingWithIfPresent("KommunUnit", "Goals[0].Activities[0].Responsible", "Activities[0].Responsible")
            .SetEndingWithIfPresent(Demo.Units.Hemtjanst.ToString(), "Goals[0].Activities[0].ResponsibleUnitId", "Activities[0].ResponsibleUnitId")
            .SetEndingWithIfPresent("Hemtjänst Gottsunda", "Goals[0].Activities[0].ResponsibleName", "Activities[0].ResponsibleName")
            .SetEndingWith("Från nästa vecka", "Goals[0].Activities[0].TimePlan", "Activities[0].TimePlan")
            .SetEndingWith("Anna Lind", "Coordinator.Name", "CoordinatorName")
            .SetEndingWith(Demo.Units.Vardcentral.ToString(), "Coordinator.UnitId", "CoordinatorUnitId"));
}
