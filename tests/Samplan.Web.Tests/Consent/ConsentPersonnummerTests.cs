using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Consent;

/// <summary>Guardians and the representative are recorded by personnummer where it is given, so
/// that they can sign in themselves later; a paper consent without numbers still works.</summary>
[Collection(SamplanCollection.Name)]
public sealed class ConsentPersonnummerTests(SamplanFactory factory)
{
    private TestPersonnummer Child12() =>
        new(factory.Today.AddYears(-12).AddDays(-Random.Shared.Next(30, 300)), Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture));

    private async Task<HttpClient> AnnaAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        return anna;
    }

    private static string ConsentSection(HtmlPage page) =>
        HtmlPage.Collapse(page.Document.QuerySelector("section[aria-labelledby=consent-heading]")?.TextContent);

    [Fact]
    public async Task R_CONSENT_6_The_guardians_personnummer_are_saved_and_shown()
    {
        var karin = new TestPersonnummer(new DateOnly(1980, 3, 14), "248");
        var jonas = new TestPersonnummer(new DateOnly(1982, 7, 21), "335");
        var representative = TestPersonnummer.NewAdult();
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(Child12(), givenName: "Ebba", familyName: "Lund");

        using var consented = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByGuardians")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Karin Lund och Jonas Lund")
            .Set("Input.FirstGuardianPersonnummer", karin.Ten)
            .Set("Input.SecondGuardianPersonnummer", jonas.WithHyphen)
            .Set("Input.RepresentativeName", "Per Lund")
            .Set("Input.RepresentativePersonnummer", representative.Twelve)
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today)));
        await CaseSteps.ExpectSavedAsync(consented, caseId, "Consent");

        var consent = await factory.WithDbAsync(async db => (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Consent!);
        Assert.Equal([karin.Twelve, jonas.Twelve], consent.GuardianPersonnummer);
        Assert.Equal(representative.Twelve, consent.RepresentativePersonnummer);
        var shown = ConsentSection(await anna.GetPageAsync($"/cases/{caseId}"));
        Assert.Contains($"{karin.WithHyphen}, {jonas.WithHyphen}", shown, StringComparison.Ordinal);
        Assert.Contains($"Per Lund, {representative.WithHyphen}", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_CONSENT_6_A_paper_consent_without_personnummer_is_still_recorded()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(Child12(), givenName: "Olle", familyName: "Lund");

        using var consented = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByGuardians")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Karin Lund")
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today)));
        await CaseSteps.ExpectSavedAsync(consented, caseId, "Consent");

        var consent = await factory.WithDbAsync(async db => (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Consent!);
        Assert.Empty(consent.GuardianPersonnummer);
    }

    [Fact]
    public async Task A_bad_guardian_personnummer_is_refused_with_the_typed_text_kept()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(Child12(), givenName: "Saga", familyName: "Lund");
        var good = new TestPersonnummer(new DateOnly(1980, 3, 14), "248").Twelve;
        var typed = good[..^1] + (char)('0' + ((good[^1] - '0' + 1) % 10));

        using var response = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByGuardians")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Karin Lund")
            .Set("Input.FirstGuardianPersonnummer", typed)
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today)));
        var page = await HtmlPage.ReadAsync(response);

        Assert.StartsWith("Ogiltigt personnummer", page.FieldError("Input.FirstGuardianPersonnummer"), StringComparison.Ordinal);
        Assert.Equal(typed, page.FieldValue("Input.FirstGuardianPersonnummer"));
        Assert.Equal("Initiativ – väntar på samtycke", await anna.PhaseAsync(caseId));
    }
}
