using System.Net;
using Samplan.Web.Tests.Infrastructure;
using Samplan.Web.Tests.Units;

namespace Samplan.Web.Tests.Plans;

/// <summary>The plan editor offers the units the case names and finds any other by a search; the
/// search works without JavaScript as a post of the whole form that saves nothing and loses
/// nothing typed, and a unit found so can be chosen and saved.</summary>
[Collection(SamplanCollection.Name)]
public sealed class PlanUnitSearchTests(SamplanFactory factory)
{
    private static string Editor(Guid caseId) => $"/cases/{caseId}/plan";

    private async Task<(HttpClient Anna, Guid CaseId)> DraftAsync()
    {
        await BigDirectory.EnsureAsync(factory);
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);
        await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, factory.Today.AddDays(60), "Du ska klara skolan."), caseId, "Plan draft");
        return (anna, caseId);
    }

    private static async Task<HtmlPage> PressAsync(HttpClient client, string url, HtmlForm form)
    {
        using var content = new FormUrlEncodedContent(form.Values);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static List<string> Options(HtmlPage page, string select) =>
        [.. page.Document.QuerySelectorAll($"select[name='{select}'] option").Select(o => o.GetAttribute("value") ?? string.Empty).Where(v => v.Length > 0)];

    [Fact]
    public async Task The_editor_offers_the_units_of_the_case_not_the_directory()
    {
        var (anna, caseId) = await DraftAsync();
        using var _ = anna;

        var page = await anna.GetPageAsync(Editor(caseId));

        AssertPage.Ok(page);
        var offered = Options(page, "Input.Goals[0].Activities[0].ResponsibleUnitId");
        Assert.Contains(Demo.Units.Hemtjanst.ToString(), offered);
        Assert.Contains(Demo.Units.Vardcentral.ToString(), offered);
        Assert.InRange(offered.Count, 2, 10);
        Assert.DoesNotContain(BigDirectory.NamePrefix, page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("input[type=search][name='Input.Goals[0].Activities[0].UnitQuery']"));
        Assert.NotNull(page.Document.QuerySelector("head script[src^='/js/unit-search.js']"));
    }

    [Fact]
    public async Task A_search_without_javascript_keeps_everything_typed_and_the_found_unit_can_be_chosen_and_saved()
    {
        var (anna, caseId) = await DraftAsync();
        using var _ = anna;
        var form = (await anna.GetPageAsync(Editor(caseId))).Form();
        var goalId = form["Input.Goals[0].Id"];
        var activityId = form["Input.Goals[0].Activities[0].Id"];
        Assert.False(string.IsNullOrEmpty(goalId) || Guid.Parse(goalId) == Guid.Empty);
        form.Set("Input.Goals[0].Need", "Ett behov skrivet men inte sparat")
            .Set("Input.Goals[0].Activities[0].What", "Ny aktivitet, inte sparad")
            .Set("Input.Goals[0].Activities[0].UnitQuery", "katalogenhet 0077");

        var found = await PressAsync(anna, $"{Editor(caseId)}?handler=SearchUnits&goal=0&activity=0", form);

        Assert.Equal("Ett behov skrivet men inte sparat", found.FieldValue("Input.Goals[0].Need"));
        Assert.Equal("Ny aktivitet, inte sparad", found.FieldValue("Input.Goals[0].Activities[0].What"));
        Assert.Equal("katalogenhet 0077", found.FieldValue("Input.Goals[0].Activities[0].UnitQuery"));
        Assert.Equal(goalId, found.FieldValue("Input.Goals[0].Id"));
        Assert.Equal(activityId, found.FieldValue("Input.Goals[0].Activities[0].Id"));
        Assert.Equal(Demo.Units.Hemtjanst.ToString(), found.FieldValue("Input.Goals[0].Activities[0].ResponsibleUnitId"));
        var option = Assert.Single(found.Document.QuerySelectorAll("select[name='Input.Goals[0].Activities[0].ResponsibleUnitId'] optgroup[data-unit-found] option"));
        Assert.StartsWith("Katalogenhet 0077 Söder", option.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 verksamheter hittades", found.MainText, StringComparison.Ordinal);

        var chosen = option.GetAttribute("value")!;
        using var saved = await found.Form().Set("Input.Goals[0].Activities[0].ResponsibleUnitId", chosen).PostAsync(anna);
        await CaseSteps.ExpectSavedAsync(saved, caseId, "Plan with a found unit");

        var again = await anna.GetPageAsync(Editor(caseId));
        Assert.Equal(chosen, again.FieldValue("Input.Goals[0].Activities[0].ResponsibleUnitId"));
        Assert.Equal("Ett behov skrivet men inte sparat", again.FieldValue("Input.Goals[0].Need"));
        Assert.Equal(goalId, again.FieldValue("Input.Goals[0].Id"));
    }

    [Fact]
    public async Task The_coordinators_search_finds_only_units_of_a_region_or_municipality()
    {
        var (anna, caseId) = await DraftAsync();
        using var _ = anna;
        var form = (await anna.GetPageAsync(Editor(caseId))).Form();

        var psykiatri = await PressAsync(anna, $"{Editor(caseId)}?handler=SearchCoordinatorUnits", form.Set("Input.CoordinatorUnitQuery", "psykiatrisk"));
        var fk = await PressAsync(anna, $"{Editor(caseId)}?handler=SearchCoordinatorUnits", form.Set("Input.CoordinatorUnitQuery", "försäkringskassan"));

        Assert.Contains(Demo.Units.Psykiatri.ToString(), Options(psykiatri, "Input.CoordinatorUnitId"));
        Assert.DoesNotContain(Demo.Units.FkUppsala.ToString(), Options(fk, "Input.CoordinatorUnitId"));
        Assert.Contains("Inga verksamheter hittades.", fk.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_or_a_coordinator_outside_a_huvudman_is_refused_with_a_message()
    {
        var (anna, caseId) = await DraftAsync();
        using var _ = anna;

        using var response = await anna.SubmitFormAsync(Editor(caseId), form => form
            .Set("Input.Goals[0].Activities[0].ResponsibleUnitId", Guid.NewGuid().ToString())
            .Set("Input.CoordinatorUnitId", Demo.Units.FkUppsala.ToString()));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Välj en verksamhet i listan.", page.FieldError("Input.Goals[0].Activities[0].ResponsibleUnitId"));
        Assert.Equal("Välj en verksamhet i regionen eller kommunen.", page.FieldError("Input.CoordinatorUnitId"));
    }
}
