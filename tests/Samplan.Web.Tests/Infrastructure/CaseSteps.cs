using System.Globalization;
using System.Net;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>The phase steps of a case as a professional takes them through the forms.</summary>
public static class CaseSteps
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Consent given orally by the (adult) individual today (R-CONSENT-2).</summary>
    public static Task<HttpResponseMessage> RecordConsentAsync(this HttpClient client, Guid caseId, string givenBy, DateOnly givenOn) =>
        client.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByIndividual")
            .Set("Input.Method", "Oral")
            .Set("Input.GivenBy", givenBy)
            .Set("Input.GivenOn", Iso(givenOn)));

    /// <summary>Purpose and goal of the meeting (R-PREP-1, R-CALL-1).</summary>
    public static Task<HttpResponseMessage> SavePreparationAsync(this HttpClient client, Guid caseId, string purpose, string goal) =>
        client.SubmitFormAsync($"/cases/{caseId}/preparation", form => form
            .Set("Input.Purpose", purpose)
            .Set("Input.Goal", goal));

    /// <summary>Invites the given units to an in-person meeting on <paramref name="meetingDate"/>.</summary>
    public static Task<HttpResponseMessage> SendInvitationAsync(this HttpClient client, Guid caseId, DateOnly meetingDate, params Guid[] unitIds) =>
        client.SubmitFormAsync($"/cases/{caseId}/invitation", form =>
        {
            form.Set(form.FieldEndingWith("Form"), "InPerson")
                .Set(form.FieldEndingWith("Place"), "Vårdcentralen Gottsunda, rum 2")
                .Set(form.FieldEndingWith("MeetingDate"), Iso(meetingDate))
                .Set(form.FieldEndingWith("StartTime"), "13:00");
            var unitField = form.FieldEndingWith("UnitIds");
            form.Remove(unitField);
            foreach (var unit in unitIds)
            {
                form.Add(unitField, unit.ToString());
            }
        });

    /// <summary>Records the meeting with the rows the form proposes (the individual, the invitees, the user).</summary>
    public static Task<HttpResponseMessage> RecordMeetingAsync(this HttpClient client, Guid caseId, DateOnly heldOn, string chair, string secretary) =>
        client.SubmitFormAsync($"/cases/{caseId}/meeting", form => form
            .Set("Input.HeldOn", Iso(heldOn))
            .Set("Input.Chair", chair)
            .Set("Input.Secretary", secretary));

    /// <summary>From recorded consent to a held meeting today with the home-care unit invited: the
    /// case is then in plan phase with an empty draft.</summary>
    public static async Task WalkFromConsentToPlanDraftAsync(this HttpClient client, Guid caseId, DateOnly today)
    {
        await ExpectSavedAsync(await client.SavePreparationAsync(caseId, "Samordna stödet", "En plan som håller"), caseId, "Preparation");
        await ExpectSavedAsync(await client.SendInvitationAsync(caseId, today, Demo.Units.Hemtjanst), caseId, "Invitation");
        await ExpectSavedAsync(await client.RecordMeetingAsync(caseId, today, "Anna Lind", "Lena Berg"), caseId, "Meeting");
    }

    /// <summary>A complete plan draft with one need and the given goal (R-PLAN-1..8).</summary>
    public static Task<HttpResponseMessage> SavePlanAsync(this HttpClient client, Guid caseId, DateOnly followUpOn, string goal, bool keepAsWritten = false) =>
        client.SubmitFormAsync($"/cases/{caseId}/plan", form =>
        {
            form.Set("Input.OwnGoals", "Jag vill gå i skolan och ha kompisar.")
                .Set("Input.Resources", "Stöttande föräldrar, tycker om att rita.")
                .Set("Input.IfWorse", "Föräldrarna ringer elevhälsan; vid akut läge 112.")
                .Set("Input.FollowUpOn", Iso(followUpOn))
                .Set("Input.Goals[0].Domain", "Social")
                .Set("Input.Goals[0].Need", "Svårt att komma till skolan.")
                .Set("Input.Goals[0].Goal", goal)
                .Set("Input.Goals[0].Activities[0].What", "Samtal med kurator varje vecka")
                .Set("Input.Goals[0].Activities[0].Responsible", "KommunUnit")
                .Set("Input.Goals[0].Activities[0].ResponsibleUnitId", Demo.Units.Hemtjanst.ToString())
                .Set("Input.Goals[0].Activities[0].ResponsibleName", "Kuratorn")
                .Set("Input.Goals[0].Activities[0].TimePlan", "Från nästa vecka")
                .Set("Input.CoordinatorName", "Anna Lind")
                .Set("Input.CoordinatorUnitId", Demo.Units.Vardcentral.ToString());
            if (keepAsWritten)
            {
                form.Set("Input.Goals[0].KeepAsWritten", "true");
            }
        });

    /// <summary>The individual approves the draft at the meeting today (R-PLAN-10).</summary>
    public static Task<HttpResponseMessage> AgreePlanAsync(this HttpClient client, Guid caseId, string approvedBy, DateOnly today) =>
        client.SubmitFormAsync($"/cases/{caseId}/plan/agree", form => form
            .Set("Input.ApprovedBy", approvedBy)
            .Set("Input.Method", "AtMeeting")
            .Set("Input.ApprovedOn", Iso(today)));

    /// <summary>Fails with the page's errors unless the step saved and went back to the case page,
    /// or on to the case's next step (the meeting leads to the plan editor).</summary>
    public static async Task ExpectSavedAsync(HttpResponseMessage response, Guid caseId, string step)
    {
        ArgumentNullException.ThrowIfNull(response);
        var path = response.StatusCode == HttpStatusCode.Redirect ? response.RedirectPath() : null;
        if (path != $"/cases/{caseId}" && path?.StartsWith($"/cases/{caseId}/", StringComparison.Ordinal) != true)
        {
            var page = await HtmlPage.ReadAsync(response);
            Assert.Fail($"{step} was not saved: {page} Errors: [{string.Join(" | ", page.ErrorSummary)}]");
        }
    }

    /// <summary>The phase shown in the case page's status panel.</summary>
    public static async Task<string> PhaseAsync(this HttpClient client, Guid caseId)
    {
        var page = await client.GetPageAsync($"/cases/{caseId}");
        Assert.True(page.Status == HttpStatusCode.OK, $"Case page: {page}");
        return HtmlPage.Collapse(page.Document.QuerySelector(".status-panel .phase")?.TextContent);
    }
}
