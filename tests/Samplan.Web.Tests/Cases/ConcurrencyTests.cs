using System.Net;
using Samplan.Web.Tests.Infrastructure;

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
}
