using System.Net;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;
using Samplan.Web.Tests.Transactions;

namespace Samplan.Web.Tests.Cases;

/// <summary>Optimistic concurrency: two people editing the same case at once lose nothing silently.</summary>
[Collection(SamplanCollection.Name)]
public sealed class ConcurrencyTests(SamplanFactory factory)
{
    [Fact]
    public async Task Saving_from_a_form_someone_else_has_saved_since_shows_the_conflict_and_keeps_the_text()
    {
        using var first = factory.NewClient();
        using var second = factory.NewClient();
        await first.SignInAsync(Demo.Anna);
        await second.SignInAsync(Demo.Anna);
        var caseId = await first.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await first.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        // Both open the preparation form at the same version.
        var firstForm = (await first.GetPageAsync($"/cases/{caseId}/preparation")).Form();
        var secondForm = (await second.GetPageAsync($"/cases/{caseId}/preparation")).Form();
        Assert.Equal(firstForm["Version"], secondForm["Version"]);

        using var saved = await firstForm.Set("Input.Purpose", "Syfte från första").Set("Input.Goal", "Mål från första").PostAsync(first);
        await CaseSteps.ExpectSavedAsync(saved, caseId, "First preparation");

        const string typed = "Syfte som andra personen skrev – ska finnas kvar";
        using var conflict = await secondForm.Set("Input.Purpose", typed).Set("Input.Goal", "Mål från andra").PostAsync(second);

        var page = await HtmlPage.ReadAsync(conflict);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertPage.HasError(page, "Någon annan har ändrat SIP:en");
        Assert.Equal(typed, page.FieldValue("Input.Purpose"));
        Assert.Equal("Mål från andra", page.FieldValue("Input.Goal"));

        var casePage = await first.GetPageAsync($"/cases/{caseId}");
        Assert.Contains("Syfte från första", casePage.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, casePage.MainText, StringComparison.Ordinal);

        // The form now carries the latest version: saving again on purpose succeeds.
        Assert.NotEqual(secondForm["Version"], page.Form()["Version"]);
        using var again = await page.Form().PostAsync(second);
        await CaseSteps.ExpectSavedAsync(again, caseId, "Second preparation after reading the conflict");
        Assert.Contains(typed, (await first.GetPageAsync($"/cases/{caseId}")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_consent_from_a_stale_form_is_refused_with_a_reason()
    {
        using var first = factory.NewClient();
        using var second = factory.NewClient();
        await first.SignInAsync(Demo.Anna);
        await second.SignInAsync(Demo.Anna);
        var caseId = await first.StartCaseAsync(TestPersonnummer.NewAdult());
        var stale = (await second.GetPageAsync($"/cases/{caseId}/consent")).Form();

        await CaseSteps.ExpectSavedAsync(await first.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        using var response = await stale.Set("Input.GivenBy", "Någon annan").PostAsync(second);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.ErrorSummary);
        Assert.Equal("Någon annan", page.FieldValue("Input.GivenBy"));
        var casePage = await first.GetPageAsync($"/cases/{caseId}");
        Assert.DoesNotContain("Någon annan", casePage.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_saving_different_parts_of_one_case_at_the_same_moment_both_succeed()
    {
        using var anna = factory.NewClient();
        using var eva = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        await eva.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        var before = await CaseStore.ReadAsync(factory.Services, caseId);

        // Anna prepares with the professional form while Eva writes the individual's own words,
        // both from the versions they loaded, and both press save at once.
        var professional = (await anna.GetPageAsync($"/cases/{caseId}/preparation")).Form()
            .Set("Input.Purpose", "Syfte som Anna skrev").Set("Input.Goal", "Mål som Anna skrev");
        var own = (await eva.GetPageAsync($"/cases/{caseId}/preparation/own")).Form()
            .Set("Input.MyExperience", "Det som Eva skrev ner med personen");
        var saved = await Task.WhenAll(professional.PostAsync(anna), own.PostAsync(eva));

        await CaseSteps.ExpectSavedAsync(saved[0], caseId, "Professional preparation");
        await CaseSteps.ExpectSavedAsync(saved[1], caseId, "Own preparation");
        var shown = await anna.GetPageAsync($"/cases/{caseId}");
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/cases/{caseId}/preparation/own']"));
        var casePage = shown.MainText;
        Assert.Contains("Syfte som Anna skrev", casePage, StringComparison.Ordinal);
        Assert.Contains("Det som Eva skrev ner med personen", casePage, StringComparison.Ordinal);
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal((before.Version + 1, before.OwnVersion + 1, before.HistoryLines + 2), (after.Version, after.OwnVersion, after.HistoryLines));
        Assert.Equal((1, 1), (after.Audited(AuditAction.PreparationSaved), after.Audited(AuditAction.OwnPreparationSaved)));
        Assert.Equal(0, after.Audited(AuditAction.CaseChanged, AuditOutcome.Conflict));
        foreach (var response in saved)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Two_people_saving_the_same_part_at_the_same_moment_one_wins_and_the_other_keeps_their_text()
    {
        using var anna = factory.NewClient();
        using var eva = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        await eva.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        var annas = (await anna.GetPageAsync($"/cases/{caseId}/preparation/own")).Form().Set("Input.MyExperience", "Annas anteckning");
        var evas = (await eva.GetPageAsync($"/cases/{caseId}/preparation/own")).Form().Set("Input.MyExperience", "Evas anteckning");
        Assert.Equal(annas["Version"], evas["Version"]);
        var responses = await Task.WhenAll(annas.PostAsync(anna), evas.PostAsync(eva));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var lost = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Redirect);
        var winner = won == responses[0] ? "Annas anteckning" : "Evas anteckning";
        var loser = won == responses[0] ? "Evas anteckning" : "Annas anteckning";
        var page = await HtmlPage.ReadAsync(lost);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertPage.HasError(page, "Någon annan har ändrat SIP:en");
        Assert.Equal(loser, page.FieldValue("Input.MyExperience"));
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(winner, after.MyExperience);
        Assert.Equal(1, after.Audited(AuditAction.OwnPreparationSaved));
        Assert.Equal(1, after.Audited(AuditAction.CaseChanged, AuditOutcome.Conflict));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
