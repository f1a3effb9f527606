using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Journeys;

/// <summary>
/// Whole cases walked over HTTP by anna.lind (Vårdcentralen Gottsunda), phase by phase, checking
/// the phase shown on the case page after each step and that steps out of order are refused.
/// Its own app, so these tests may move the clock without disturbing the other classes.
/// </summary>
public sealed class JourneyTests(SamplanFactory factory) : IClassFixture<SamplanFactory>
{
    private const string Initiated = "Initiativ – väntar på samtycke";
    private const string Preparing = "Förberedelse";
    private const string Invited = "Kallad till möte";
    private const string PlanDraft = "Plan under arbete";
    private const string Active = "Plan gäller";
    private const string Closed = "Avslutad";

    [Fact]
    public async Task A_case_walks_from_initiative_to_a_held_meeting()
    {
        using var anna = await SignedInAsync(Demo.Anna);

        var caseId = await WalkToPlanDraftAsync(anna, invite: Demo.Units.Bistand);

        var page = await anna.GetPageAsync($"/cases/{caseId}");
        Assert.Contains("Lena Berg", page.MainText, StringComparison.Ordinal); // the secretary, from the meeting
        Assert.Contains("Biståndshandläggning äldre", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invited_unit_sees_the_case_once_the_invitation_is_sent_R_CALL_4()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        using var lena = await SignedInAsync(Demo.Lena);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Kalle", familyName: "Kallad");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Kalle Kallad", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna hemtjänst och vård", "En plan för hemmet"), caseId, "Preparation");

        using var before = await lena.GetAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand), caseId, "Invitation");
        using var after = await lena.GetAsync(new Uri($"/cases/{caseId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_case_walks_the_whole_way_from_initiative_to_closed()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await WalkToPlanDraftAsync(anna, invite: Demo.Units.Hemtjanst);
        var followUpOn = factory.Today.AddDays(30);

        // The plan (R-PLAN-1..8): own goals, resources, a need with a du-form goal and an activity,
        // what happens if things get worse, the coordinator and the booked follow-up.
        using var planSaved = await anna.SubmitFormAsync($"/cases/{caseId}/plan", form => form
            .SetEndingWith("Jag vill klara mig hemma och träffa mina barnbarn.", "OwnGoals")
            .SetEndingWith("Stöttande dotter, motiverad.", "Resources")
            .SetEndingWith("Ring vårdcentralen; vid akut försämring 112.", "IfWorse")
            .SetEndingWith(CaseSteps.Iso(followUpOn), "FollowUpOn")
            .SetEndingWithIfPresent("Physical", "Goals[0].Domain")
            .SetEndingWith("Svårt att klara dusch och inköp.", "Goals[0].Need")
            .SetEndingWith("Du ska känna dig trygg hemma.", "Goals[0].Goal")
            .SetEndingWith("Hemtjänst morgon och kväll", "Goals[0].Activities[0].What", "Activities[0].What")
            .SetEndingWithIfPresent("KommunUnit", "Goals[0].Activities[0].Responsible", "Activities[0].Responsible")
            .SetEndingWithIfPresent(Demo.Units.Hemtjanst.ToString(), "Goals[0].Activities[0].ResponsibleUnitId", "Activities[0].ResponsibleUnitId")
            .SetEndingWithIfPresent("Hemtjänst Gottsunda", "Goals[0].Activities[0].ResponsibleName", "Activities[0].ResponsibleName")
            .SetEndingWith("Från nästa vecka, tills vidare", "Goals[0].Activities[0].TimePlan", "Activities[0].TimePlan")
            .SetEndingWith("Anna Lind", "Coordinator.Name", "CoordinatorName")
            .SetEndingWith(Demo.Units.Vardcentral.ToString(), "Coordinator.UnitId", "CoordinatorUnitId"));
        await CaseSteps.ExpectSavedAsync(planSaved, caseId, "Plan draft");
        Assert.Equal(PlanDraft, await anna.PhaseAsync(caseId));

        // The individual approves; the plan comes into force (R-PLAN-10).
        using var agreed = await anna.SubmitFormAsync($"/cases/{caseId}/plan/agree", form => form
            .SetEndingWith("Ingrid Resande", "ApprovedBy")
            .SetEndingWithIfPresent("AtMeeting", "Method")
            .SetEndingWith(CaseSteps.Iso(factory.Today), "ApprovedOn"));
        await CaseSteps.ExpectSavedAsync(agreed, caseId, "Plan agreement");
        Assert.Equal(Active, await anna.PhaseAsync(caseId));
        var print = await anna.GetPageAsync($"/cases/{caseId}/plan/print");
        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Contains("Du ska känna dig trygg hemma.", HtmlPage.Collapse(print.Document.Body?.TextContent), StringComparison.Ordinal);

        // A month later, on the booked day, the follow-up: goal partly met, continue (R-FU-1, R-FU-3).
        factory.Clock.Advance(TimeSpan.FromDays(30));
        await anna.SignInAsync(Demo.Anna); // the session may have expired in the meantime
        using var followedUp = await anna.SubmitFormAsync($"/cases/{caseId}/follow-up", form => form
            .SetEndingWith(CaseSteps.Iso(factory.Today), "HeldOn")
            .SetEndingWith("PartlyMet", "Assessments[0].Fulfilment")
            .SetEndingWith("Continue", "Outcome")
            .SetEndingWith(CaseSteps.Iso(factory.Today.AddDays(60)), "NextFollowUpOn")
            .SetEndingWithIfPresent("Duschen fungerar, inköpen inte ännu.", "Summary"));
        await CaseSteps.ExpectSavedAsync(followedUp, caseId, "Follow-up");
        Assert.Equal(Active, await anna.PhaseAsync(caseId));
        Assert.Contains("Uppföljningar", (await anna.GetPageAsync($"/cases/{caseId}")).MainText, StringComparison.Ordinal);

        // The coordinator closes the SIP with the individual: goals met (R-END-1, R-END-2).
        using var closed = await anna.SubmitFormAsync($"/cases/{caseId}/close", form => form
            .Set("Input.Reason", "GoalsMet")
            .Set("Input.Note", "Ingrid klarar sig med hemtjänsten."));
        await CaseSteps.ExpectSavedAsync(closed, caseId, "Close");
        Assert.Equal(Closed, await anna.PhaseAsync(caseId));
        var casePage = await anna.GetPageAsync($"/cases/{caseId}");
        Assert.Empty(casePage.Links(".status-panel .actions a"));
    }

    [Fact]
    public async Task Meeting_page_before_the_invitation_sends_back_to_the_case()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        using var response = await anna.GetAsync(new Uri($"/cases/{caseId}/meeting", UriKind.Relative));

        AssertPage.Redirects(response, $"/cases/{caseId}");
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Meeting_posted_before_the_invitation_is_refused_with_a_reason()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        var token = (await anna.GetPageAsync($"/cases/{caseId}/preparation")).Form();

        using var response = await anna.PostAsync(new Uri($"/cases/{caseId}/meeting", UriKind.Relative), new FormUrlEncodedContent(
        [
            new(HtmlForm.AntiforgeryField, token[HtmlForm.AntiforgeryField]!),
            new("Version", token["Version"]!),
            new("Input.HeldOn", CaseSteps.Iso(factory.Today)),
            new("Input.Chair", "Anna Lind"),
            new("Input.Secretary", "Anna Lind"),
            new("Input.Participants[0].Name", "Test Testperson"),
            new("Input.Participants[0].Role", "Den enskilde"),
            new("Input.Participants[0].Present", "true"),
        ]));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertPage.HasError(page, "Steget går inte att göra i SIP:ens nuvarande fas.");
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Invitation_before_consent_is_refused_R_CONSENT_1()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        using var get = await anna.GetAsync(new Uri($"/cases/{caseId}/invitation", UriKind.Relative));
        var consentForm = (await anna.GetPageAsync($"/cases/{caseId}/consent")).Form();
        using var post = await anna.PostAsync(new Uri($"/cases/{caseId}/invitation", UriKind.Relative), new FormUrlEncodedContent(
        [
            new(HtmlForm.AntiforgeryField, consentForm[HtmlForm.AntiforgeryField]!),
            new("Version", consentForm["Version"]!),
            new("Input.Form", "InPerson"),
            new("Input.Place", "Vårdcentralen"),
            new("Input.MeetingDate", CaseSteps.Iso(factory.Today.AddDays(7))),
            new("Input.StartTime", "10:00"),
            new("Input.UnitIds", Demo.Units.Bistand.ToString()),
        ]));

        AssertPage.Redirects(get, $"/cases/{caseId}");
        var page = await HtmlPage.ReadAsync(post);
        AssertPage.HasError(page, "Samtycke måste registreras först");
        Assert.Equal(Initiated, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Invitation_needs_the_purpose_and_goal_of_the_meeting_R_CALL_1()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        using var response = await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertPage.HasError(page, "Skriv mötets syfte");
        AssertPage.HasError(page, "Skriv mötets mål");
        Assert.Equal("Vårdcentralen Gottsunda, rum 2", page.FieldValue("Input.Place"));
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Consent_cannot_be_recorded_twice()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        var firstForm = (await anna.GetPageAsync($"/cases/{caseId}/consent")).Form();
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        using var again = await anna.GetAsync(new Uri($"/cases/{caseId}/consent", UriKind.Relative));
        using var posted = await firstForm.Set("Input.GivenBy", "Test Testperson").PostAsync(anna);

        AssertPage.Redirects(again, $"/cases/{caseId}");
        var page = await HtmlPage.ReadAsync(posted);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.ErrorSummary);
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));
        var history = (await anna.GetPageAsync($"/cases/{caseId}")).Document.QuerySelectorAll("ol.history li")
            .Count(li => li.TextContent.Contains("Samtycke registrerat", StringComparison.Ordinal));
        Assert.Equal(1, history);
    }

    [Fact]
    public async Task Meeting_cannot_be_recorded_before_it_is_held_R_MEET_1()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Syfte", "Mål"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand), caseId, "Invitation");

        using var response = await anna.RecordMeetingAsync(caseId, factory.Today.AddDays(7), "Anna Lind", "Lena Berg");

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("Ett möte som ännu inte hållits kan inte dokumenteras.", page.FieldError("Input.HeldOn"));
        Assert.Equal("Lena Berg", page.FieldValue("Input.Secretary"));
        Assert.Equal(Invited, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Withdrawn_consent_closes_the_case_R_CONSENT_5()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        using var response = await anna.SubmitFormAsync($"/cases/{caseId}/consent/withdraw", form => form
            .SetEndingWithIfPresent("Vill inte längre ha samordning.", "Note"));

        await CaseSteps.ExpectSavedAsync(response, caseId, "Withdrawal");
        Assert.Equal(Closed, await anna.PhaseAsync(caseId));
        Assert.Contains("Samtycket återkallat", (await anna.GetPageAsync($"/cases/{caseId}")).MainText, StringComparison.Ordinal);
    }

    /// <summary>New case → consent → preparation → invitation (meeting today) → meeting held today.</summary>
    private async Task<Guid> WalkToPlanDraftAsync(HttpClient anna, Guid invite)
    {
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), "Behöver hemtjänst och rehabilitering efter fall.", "Ingrid", "Resande");
        Assert.Equal(Initiated, await anna.PhaseAsync(caseId));

        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Ingrid Resande", factory.Today), caseId, "Consent");
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));

        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet hemma", "Att Ingrid kan bo kvar hemma"), caseId, "Preparation");
        Assert.Equal(Preparing, await anna.PhaseAsync(caseId));
        Assert.Contains("Samordna stödet hemma", (await anna.GetPageAsync($"/cases/{caseId}")).MainText, StringComparison.Ordinal);

        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today, invite), caseId, "Invitation");
        Assert.Equal(Invited, await anna.PhaseAsync(caseId));

        await CaseSteps.ExpectSavedAsync(await anna.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Lena Berg"), caseId, "Meeting");
        Assert.Equal(PlanDraft, await anna.PhaseAsync(caseId));
        return caseId;
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = factory.NewClient();
        await client.SignInAsync(userName);
        return client;
    }
}
