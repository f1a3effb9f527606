using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Plans;

/// <summary>Goals in du-form, unless the individual wants their own words kept (R-PLAN-4), and the
/// meeting's "Spara och skriv planen" leading to the plan.</summary>
[Collection(SamplanCollection.Name)]
public sealed class PlanGoalDuFormTests(SamplanFactory factory)
{
    private async Task<HttpClient> AnnaAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        return anna;
    }

    private async Task<Guid> PlanDraftForAlvaAsync(HttpClient anna)
    {
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Alva", familyName: "Berg");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Alva Berg", factory.Today), caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);
        return caseId;
    }

    [Fact]
    public async Task R_PLAN_4_Goal_about_the_individual_by_name_is_refused_with_the_goal_rewritten_in_du_form()
    {
        using var anna = await AnnaAsync();
        var caseId = await PlanDraftForAlvaAsync(anna);
        await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, factory.Today.AddDays(60), "Alva ska gå till skolan varje dag."), caseId, "Plan draft");

        using var response = await anna.AgreePlanAsync(caseId, "Alva Berg", factory.Today);

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        Assert.Contains(page.ErrorSummary, e => e.Contains("Skriv målet i du-form", StringComparison.Ordinal)
            && e.Contains("till exempel: \"Du ska gå till skolan varje dag.\"", StringComparison.Ordinal));
        Assert.Equal("Plan under arbete", await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task R_PLAN_4_Goal_kept_as_written_in_the_individuals_own_words_is_stored_and_agreed()
    {
        using var anna = await AnnaAsync();
        var caseId = await PlanDraftForAlvaAsync(anna);
        const string ownWords = "Ökad skolnärvaro.";

        await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, factory.Today.AddDays(60), ownWords, keepAsWritten: true), caseId, "Plan draft");
        var editor = await anna.GetPageAsync($"/cases/{caseId}/plan");
        var box = editor.Document.QuerySelector("input[type=checkbox][name='Input.Goals[0].KeepAsWritten']");
        Assert.NotNull(box);
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("Behåll som skrivet – den enskildes egna ord", HtmlPage.Collapse(editor.Document.QuerySelector($"label[for='{box.Id}']")?.TextContent));

        await CaseSteps.ExpectSavedAsync(await anna.AgreePlanAsync(caseId, "Alva Berg", factory.Today), caseId, "Plan agreement");

        Assert.Equal("Plan gäller", await anna.PhaseAsync(caseId));
        Assert.Contains(ownWords, (await anna.GetPageAsync($"/cases/{caseId}/plan/print")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_PLAN_4_The_same_goal_not_kept_as_written_is_refused()
    {
        using var anna = await AnnaAsync();
        var caseId = await PlanDraftForAlvaAsync(anna);
        await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, factory.Today.AddDays(60), "Ökad skolnärvaro."), caseId, "Plan draft");

        using var response = await anna.AgreePlanAsync(caseId, "Alva Berg", factory.Today);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Contains(page.ErrorSummary, e => e.Contains("till exempel: \"Du ska …\"", StringComparison.Ordinal));
        Assert.Equal("Plan under arbete", await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task Save_and_write_the_plan_on_the_meeting_form_lands_on_the_plan_editor_for_the_case()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst), caseId, "Invitation");

        using var response = await anna.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Lena Berg");

        AssertPage.Redirects(response, $"/cases/{caseId}/plan");
        var editor = await anna.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Mötet är dokumenterat. Skriv nu planen.", editor.MainText, StringComparison.Ordinal);
        Assert.Equal("Skriv planen", HtmlPage.Collapse(editor.Document.QuerySelector("h1")?.TextContent));
    }
}
