using System.Globalization;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Consent;

/// <summary>What was recorded about consent is what the case page and the printed plan show:
/// the child's own consent beside the guardians' (R-CONSENT-6), and for a person who cannot
/// consent, who gave the account and in what relation – never the person as having consented (R-CONSENT-3).</summary>
[Collection(SamplanCollection.Name)]
public sealed class ConsentShownTests(SamplanFactory factory)
{
    /// <summary>A fictitious child who turned 16 a few months before the test clock's today.</summary>
    private TestPersonnummer Child16() =>
        new(factory.Today.AddYears(-16).AddDays(-Random.Shared.Next(30, 300)), Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture));

    private async Task<HttpClient> AnnaAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        return anna;
    }

    private static string ConsentSection(HtmlPage page) =>
        HtmlPage.Collapse(page.Document.QuerySelector("section[aria-labelledby=consent-heading]")?.TextContent);

    [Fact]
    public async Task R_CONSENT_6_Child_own_consent_is_shown_with_the_guardians_on_the_case_page_and_the_printed_plan()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(Child16(), givenName: "Alva", familyName: "Ström");
        using var consented = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByGuardians")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Karin Ström och Jonas Ström")
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today))
            .Set("Input.ChildAlsoConsented", "true"));
        await CaseSteps.ExpectSavedAsync(consented, caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);

        var section = ConsentSection(await anna.GetPageAsync($"/cases/{caseId}"));
        var print = HtmlPage.Collapse((await anna.GetPageAsync($"/cases/{caseId}/plan/print")).Document.QuerySelector(".consent-facts")?.TextContent);

        foreach (var shown in new[] { section, print })
        {
            Assert.Contains("Karin Ström och Jonas Ström", shown, StringComparison.Ordinal);
            Assert.Contains("Barnets eget samtycke Ja – Alva Ström har också själv samtyckt", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task R_CONSENT_3_Cannot_consent_shows_who_gave_the_account_in_what_relation_not_the_person()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Elsie", familyName: "Persson");
        var form = (await anna.GetPageAsync($"/cases/{caseId}/consent")).Form();
        Assert.Equal(string.Empty, form["Input.AttitudeSource"] ?? string.Empty);
        Assert.Equal(string.Empty, form["Input.AttitudeSourceKind"] ?? string.Empty);

        // Posted as the coordinator fills it: the "given by" field still holds the prefilled name.
        using var consented = await form
            .Set("Input.Kind", "CannotConsent")
            .Set("Input.AttitudeSourceKind", "Relative")
            .Set("Input.AttitudeSource", "Anna Persson")
            .Set("Input.AttitudeOfIndividual", "Enligt dottern vill Elsie ha hjälp att bo kvar hemma.")
            .PostAsync(anna);
        await CaseSteps.ExpectSavedAsync(consented, caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);

        var section = ConsentSection(await anna.GetPageAsync($"/cases/{caseId}"));
        var print = HtmlPage.Collapse((await anna.GetPageAsync($"/cases/{caseId}/plan/print")).Document.QuerySelector(".consent-facts")?.TextContent);

        foreach (var shown in new[] { section, print })
        {
            Assert.DoesNotContain("Lämnat av", shown, StringComparison.Ordinal);
            Assert.Contains("Elsie Persson kunde inte själv samtycka.", shown, StringComparison.Ordinal);
            Assert.Contains("Inställningen beskriven av Anna Persson, närstående", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task R_CONSENT_3_Cannot_consent_without_the_relation_is_refused_and_keeps_what_was_typed()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Elsie", familyName: "Persson");

        using var response = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "CannotConsent")
            .Set("Input.AttitudeSource", "Anna Persson")
            .Set("Input.AttitudeOfIndividual", "Vill ha hjälp hemma."));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        Assert.StartsWith("Välj hur den som beskrivit inställningen står personen nära", page.FieldError("Input.AttitudeSourceKind"), StringComparison.Ordinal);
        Assert.Equal("Anna Persson", page.FieldValue("Input.AttitudeSource"));
        Assert.Equal("Initiativ – väntar på samtycke", await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task R_CONSENT_3_The_persons_own_name_as_the_one_who_gave_the_account_is_refused()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Elsie", familyName: "Persson");

        using var response = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "CannotConsent")
            .Set("Input.AttitudeSourceKind", "Relative")
            .Set("Input.AttitudeSource", "Elsie Persson")
            .Set("Input.AttitudeOfIndividual", "Vill ha hjälp hemma."));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        Assert.StartsWith("Personen kan inte samtycka", page.FieldError("Input.AttitudeSource"), StringComparison.Ordinal);
    }
}
