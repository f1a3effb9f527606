using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Actors;
using Samplan.Domain.People;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>The own preparation given by the individual or by their guardian: the history row
/// and the audit row of the change say who acted and on whose behalf, and the case page says
/// "Karin Ström (vårdnadshavare för Alva)".</summary>
[Collection(SamplanCollection.Name)]
public sealed class ActorHistoryTests(SamplanFactory factory)
{
    private static readonly TestPersonnummer GuardianNumber = new(new DateOnly(1984, 6, 2), "248");

    private TestPersonnummer Child10() =>
        new(factory.Today.AddYears(-10).AddDays(-Random.Shared.Next(30, 300)), Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture));

    private async Task<HttpClient> AnnaAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        return anna;
    }

    private Task AddRelationAsync(Guid individualId, RelatedPerson relation) =>
        factory.WithDbAsync(async db =>
        {
            var individual = await db.Individuals.SingleAsync(i => i.Id == individualId);
            individual.AddRelation(relation);
            return await db.SaveChangesAsync();
        });

    private Task<Samplan.Domain.Cases.CaseEvent> LastHistoryLineAsync(Guid caseId) =>
        factory.WithDbAsync(async db => (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).History.OrderBy(e => e.Position).Last());

    private static string History(HtmlPage page) =>
        HtmlPage.Collapse(page.Document.QuerySelector("section[aria-labelledby=history-heading]")?.TextContent);

    [Fact]
    public async Task R_CONSENT_6_A_guardian_gives_the_childs_own_preparation_and_history_and_audit_say_so()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(Child10(), givenName: "Alva", familyName: "Ström");
        using var consented = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByGuardians")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Karin Ström")
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today)));
        await CaseSteps.ExpectSavedAsync(consented, caseId, "Consent");
        var individualId = await factory.IndividualOfAsync(caseId);
        await AddRelationAsync(individualId, new RelatedPerson("Karin Ström", RelationKind.Guardian, null, GuardianNumber.Twelve));
        var head = await factory.HeadAsync();

        var form = (await anna.GetPageAsync($"/cases/{caseId}/preparation/own")).Form();
        using var saved = await form.Set("GivenBy", "relation-0").Set("Input.MyExperience", "Alva vill ha en lugn skoldag.").PostAsync(anna);
        await CaseSteps.ExpectSavedAsync(saved, caseId, "Own preparation");

        var line = await LastHistoryLineAsync(caseId);
        Assert.Equal(ActorKind.Proxy, line.ActorKind);
        Assert.Equal(ProxyRelation.Guardian, line.ProxyRelation);
        Assert.Equal(individualId, line.OnBehalfOfIndividualId);
        Assert.Equal("Karin Ström", line.ActorName);
        Assert.Null(line.ActorUnitId);

        var audit = Assert.Single(await factory.EventsAfterAsync(head, e => e.CaseId == caseId && e.ActorKind != null));
        Assert.Equal("proxy:Guardian", audit.ActorKind);
        Assert.Equal(individualId, audit.OnBehalfOfIndividualId);
        Assert.NotNull(audit.UserId);
        var verification = await factory.VerifyChainAsync();
        Assert.DoesNotContain(verification.Problems, p => p.FromSequence <= audit.Seal!.Sequence && p.ToSequence >= audit.Seal!.Sequence);

        Assert.Contains("Karin Ström (vårdnadshavare för Alva)", History(await anna.GetPageAsync($"/cases/{caseId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_PREP_4_The_individual_gives_their_own_preparation_and_a_professional_line_stays_a_professionals()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Berit", familyName: "Holm");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Berit Holm", factory.Today), caseId, "Consent");
        var consentLine = await LastHistoryLineAsync(caseId);
        Assert.Equal(ActorKind.Professional, consentLine.ActorKind);
        Assert.NotNull(consentLine.ActorUnitId);
        Assert.Null(consentLine.OnBehalfOfIndividualId);
        var head = await factory.HeadAsync();

        var form = (await anna.GetPageAsync($"/cases/{caseId}/preparation/own")).Form();
        using var saved = await form.Set("GivenBy", "individual").Set("Input.MyExperience", "Jag vill bo kvar hemma.").PostAsync(anna);
        await CaseSteps.ExpectSavedAsync(saved, caseId, "Own preparation");

        var individualId = await factory.IndividualOfAsync(caseId);
        var line = await LastHistoryLineAsync(caseId);
        Assert.Equal(ActorKind.Individual, line.ActorKind);
        Assert.Equal(individualId, line.OnBehalfOfIndividualId);
        var audit = Assert.Single(await factory.EventsAfterAsync(head, e => e.CaseId == caseId && e.Code == (int)Samplan.Web.Auditing.AuditAction.OwnPreparationSaved));
        Assert.Equal("individual", audit.ActorKind);
        Assert.Equal(individualId, audit.OnBehalfOfIndividualId);
        Assert.Contains("Berit Holm (den enskilde)", History(await anna.GetPageAsync($"/cases/{caseId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_CONSENT_6_A_guardian_of_an_adult_is_refused_and_nothing_is_saved()
    {
        using var anna = await AnnaAsync();
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Carl", familyName: "Berg");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Carl Berg", factory.Today), caseId, "Consent");
        await AddRelationAsync(await factory.IndividualOfAsync(caseId), new RelatedPerson("Eva Berg", RelationKind.Guardian, null, GuardianNumber.Twelve));

        var form = (await anna.GetPageAsync($"/cases/{caseId}/preparation/own")).Form();
        var refused = await HtmlPage.ReadAsync(await form.Set("GivenBy", "relation-0").Set("Input.MyExperience", "Text").PostAsync(anna));

        Assert.Contains(refused.ErrorSummary, e => e.Contains("vårdnadshavare kan bara agera för ett barn", StringComparison.Ordinal));
        Assert.Equal(Samplan.Domain.Cases.CaseEventKind.ConsentRecorded, (await LastHistoryLineAsync(caseId)).Kind);
    }
}
