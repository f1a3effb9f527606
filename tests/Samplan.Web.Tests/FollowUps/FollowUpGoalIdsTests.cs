using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.FollowUps;

/// <summary>The follow-up form names each goal by the id in its hidden field (R-FU-1), and a goal
/// the plan does not hold is refused with its reason.</summary>
[Collection(SamplanCollection.Name)]
public sealed class FollowUpGoalIdsTests(SamplanFactory factory)
{
    private async Task<(HttpClient Anna, Guid CaseId, Guid GoalId)> ActiveCaseAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);
        await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, factory.Today.AddDays(60), "Du ska gå till skolan varje dag."), caseId, "Plan draft");
        var goalId = Guid.Parse((await anna.GetPageAsync($"/cases/{caseId}/plan")).Form()["Input.Goals[0].Id"]!);
        await CaseSteps.ExpectSavedAsync(await anna.AgreePlanAsync(caseId, "Test Testperson", factory.Today), caseId, "Plan agreement");
        return (anna, caseId, goalId);
    }

    private HtmlForm Fill(HtmlForm form) => form
        .Set("Input.HeldOn", CaseSteps.Iso(factory.Today))
        .Set("Input.Assessments[0].Fulfilment", "PartlyMet")
        .Set("Input.Assessments[0].Comment", "Går tre dagar i veckan.")
        .Set("Input.Outcome", "Continue")
        .Set("Input.NextFollowUpOn", CaseSteps.Iso(factory.Today.AddDays(60)));

    [Fact]
    public async Task R_FU_1_The_form_carries_the_goals_id_and_the_assessment_is_stored_for_that_goal()
    {
        var (anna, caseId, goalId) = await ActiveCaseAsync();
        using var _ = anna;

        var form = (await anna.GetPageAsync($"/cases/{caseId}/follow-up")).Form();
        Assert.Equal(goalId.ToString(), form["Input.Assessments[0].GoalId"]);
        using var saved = await Fill(form).PostAsync(anna);
        await CaseSteps.ExpectSavedAsync(saved, caseId, "Follow-up");

        var stored = await factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        var assessment = Assert.Single(Assert.Single(stored.FollowUps).Assessments);
        Assert.Equal(goalId, assessment.GoalId);
        Assert.Equal("Går tre dagar i veckan.", assessment.Comment);
        Assert.Contains("Du ska gå till skolan varje dag.", (await anna.GetPageAsync($"/cases/{caseId}")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_FU_1_An_assessment_posted_for_a_goal_the_plan_does_not_hold_is_refused()
    {
        var (anna, caseId, goalId) = await ActiveCaseAsync();
        using var _ = anna;

        var form = Fill((await anna.GetPageAsync($"/cases/{caseId}/follow-up")).Form())
            .Set("Input.Assessments[0].GoalId", Guid.NewGuid().ToString());
        using var response = await form.PostAsync(anna);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertPage.HasError(page, "Bedömningen gäller ett mål som inte finns i planen.");
        // The plan's own goal is offered again, to be assessed.
        Assert.Contains(page.Form().Values, v => v.Key.EndsWith(".GoalId", StringComparison.Ordinal) && v.Value == goalId.ToString());
        var stored = await factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Empty(stored.FollowUps);
    }
}
