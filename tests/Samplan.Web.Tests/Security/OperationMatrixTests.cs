using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// docs/security.md "Who may do what", over HTTP: seeing a case is not being allowed to do
/// everything to it. On a case the units see (invited, consent in force), each relation tries
/// each page: an allowed one is shown (or sends the user back to the case when the step is not
/// open in the phase), a refused one answers 403 saying why, a refused POST changes nothing and
/// is audited as denied, and a unit that takes no part still gets the uniform 404.
/// </summary>
/// <remarks>
/// The case, made once per app: started by anna.lind (Vårdcentralen Gottsunda, health care: the
/// responsible, coordinating and initiating unit), consent, preparation, then invited
/// Biståndshandläggning äldre (lena.berg, social services: an invited huvudman unit) and
/// Försäkringskassan Uppsala (per.holm: an invited other actor). eva.strand (Psykiatrisk
/// öppenvård) takes no part.
/// </remarks>
[Collection(SecurityCollection.Name)]
public sealed class OperationMatrixTests(SamplanFactory factory)
{
    private const string Ok = "ok";
    private const string Gone = "404";
    private const string Convener = "Bara den enhet som är sammankallande";
    private const string AgreeConvener = "Bara den sammankallande enheten fastställer planen";
    private const string Coordinator = "Bara den samordningsansvariga enheten får göra detta";
    private const string CloseCoordinator = "Bara den samordningsansvariga enheten får avsluta";
    private const string Huvudman = "Bara hälso- och sjukvården och socialtjänsten";

    private static readonly ConditionalWeakTable<SamplanFactory, Task<Guid>> Cases = new();

    /// <summary>route after /cases/{id}, then for: the responsible unit, the invited huvudman unit,
    /// the invited other actor, a unit taking no part: "ok", "404", or the refusal's reason.</summary>
    public static TheoryData<string, string, string, string, string> Matrix => new()
    {
        // route                 responsible  invited huvudman   invited other actor  not taking part
        { "",                    Ok,          Ok,                Ok,                  Gone },
        { "/plan/print",         Ok,          Ok,                Ok,                  Gone },
        { "/consent",            Ok,          Convener,          Convener,            Gone },
        { "/preparation",        Ok,          Ok,                Huvudman,            Gone },
        { "/invitation",         Ok,          Convener,          Convener,            Gone },
        { "/meeting",            Ok,          Convener,          Convener,            Gone },
        { "/plan",               Ok,          Ok,                Ok,                  Gone },
        { "/plan/agree",         Ok,          AgreeConvener,     AgreeConvener,       Gone },
        { "/follow-up",          Ok,          Coordinator,       Coordinator,         Gone },
        { "/consent/withdraw",   Ok,          Ok,                Huvudman,            Gone },
        { "/protected-identity", Ok,          Ok,                Huvudman,            Gone },
        { "/close",              Ok,          CloseCoordinator,  CloseCoordinator,    Gone },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_relation_may_open_only_its_operations_and_is_told_why_not(string route, string responsible, string invitedHuvudman, string otherActor, string notTakingPart)
    {
        var caseId = await CaseAsync();

        await ExpectGetAsync(Demo.Anna, caseId, route, responsible);
        await ExpectGetAsync(Demo.Lena, caseId, route, invitedHuvudman);
        await ExpectGetAsync(Demo.Per, caseId, route, otherActor);
        await ExpectGetAsync(Demo.Eva, caseId, route, notTakingPart);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_refused_post_changes_nothing_says_why_and_is_audited(string route, string responsible, string invitedHuvudman, string otherActor, string notTakingPart)
    {
        _ = responsible;
        var caseId = await CaseAsync();
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var before = await anna.StateAsync(caseId);

        await ExpectPostAsync(Demo.Lena, Demo.Units.Bistand, caseId, route, before, invitedHuvudman);
        await ExpectPostAsync(Demo.Per, Demo.Units.FkUppsala, caseId, route, before, otherActor);
        await ExpectPostAsync(Demo.Eva, Demo.Units.Psykiatri, caseId, route, before, notTakingPart);

        Assert.Equal(before, await anna.StateAsync(caseId));
    }

    /// <summary>Sven's demo case: Akademiska sjukhuset, medicinavdelning 30D (karin.ek) took the
    /// initiative, the agreed plan made Vårdcentralen Gottsunda (anna.lind) the coordinator, and
    /// Hemtjänst Gottsunda (johan.nyberg) carries out an activity.</summary>
    [Theory]
    [InlineData(Demo.Karin, "0b000000-0000-0000-0000-000000000003")]
    [InlineData(Demo.Johan, "0b000000-0000-0000-0000-000000000005")]
    public async Task Only_the_coordinator_follows_up_and_closes_not_the_initiator_or_an_activity_unit_R_END_2(string userName, string unitId)
    {
        var sven = Demo.Sven.CaseId;
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var before = await anna.StateAsync(sven);

        await ExpectGetAsync(userName, sven, string.Empty, Ok);
        await ExpectGetAsync(userName, sven, "/plan/print", Ok);
        await ExpectGetAsync(userName, sven, "/follow-up", Coordinator);
        await ExpectGetAsync(userName, sven, "/close", CloseCoordinator);
        await ExpectPostAsync(userName, Guid.Parse(unitId), sven, "/follow-up", before, Coordinator);
        await ExpectPostAsync(userName, Guid.Parse(unitId), sven, "/close", before, CloseCoordinator);
        await ExpectGetAsync(Demo.Anna, sven, "/close", Ok);

        Assert.Equal(before, await anna.StateAsync(sven));
    }

    [Fact]
    public async Task The_case_page_offers_only_what_the_unit_may_do()
    {
        var caseId = await CaseAsync();
        var anna = await (await factory.PooledClientAsync(Demo.Anna)).GetPageAsync($"/cases/{caseId}");
        var lena = await (await factory.PooledClientAsync(Demo.Lena)).GetPageAsync($"/cases/{caseId}");
        var per = await (await factory.PooledClientAsync(Demo.Per)).GetPageAsync($"/cases/{caseId}");

        string[] convenerSteps = [$"/cases/{caseId}/meeting", $"/cases/{caseId}/close"];
        foreach (var link in convenerSteps)
        {
            Assert.Contains(link, Links(anna));
            Assert.DoesNotContain(link, Links(lena));
            Assert.DoesNotContain(link, Links(per));
        }

        string[] huvudmanSteps = [$"/cases/{caseId}/preparation", $"/cases/{caseId}/consent/withdraw", $"/cases/{caseId}/protected-identity"];
        foreach (var link in huvudmanSteps)
        {
            Assert.Contains(link, Links(anna));
            Assert.Contains(link, Links(lena));
            Assert.DoesNotContain(link, Links(per));
        }
    }

    [Fact]
    public async Task A_refusal_is_explained_in_english_too()
    {
        var caseId = await CaseAsync();
        using var per = await factory.SignedInAsync(Demo.Per);
        var list = await per.GetPageAsync("/");
        var language = await per.WithAntiforgeryTokenAsync(list.Form("form.language-form"));
        using (await language.Set("culture", "en").PostAsync(per))
        {
        }

        using var response = await per.GetUrlAsync($"/cases/{caseId}/close");
        var page = await HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only the coordinating unit may close the SIP", page.MainText, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Links(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href") ?? string.Empty)];

    private async Task ExpectGetAsync(string userName, Guid caseId, string route, string expected)
    {
        var client = await factory.PooledClientAsync(userName);
        var url = $"/cases/{caseId}{route}";
        using var response = await client.GetUrlAsync(url);
        var what = $"GET {url} as {userName}";
        switch (expected)
        {
            case Ok:
                // Shown, or back to the case when the step is not open in this phase.
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{what}: expected 200 or 302, got {(int)response.StatusCode}");
                break;
            case Gone:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: expected 404, got {(int)response.StatusCode}");
                break;
            default:
                await ExpectRefusedAsync(response, what, expected);
                break;
        }
    }

    private async Task ExpectPostAsync(string userName, Guid ownUnit, Guid caseId, string route, CaseState before, string expected)
    {
        if (expected == Ok)
        {
            return;
        }

        var client = await factory.PooledClientAsync(userName);
        var url = $"/cases/{caseId}{route}";
        var userId = await factory.UserIdAsync(userName);
        var deniedBefore = await DeniedAsync(caseId, userId);
        using var response = await client.PostFieldsAsync(url, AuthorizationMatrixTests.BodyFor(factory.Today, route, await client.TokenAsync(), before.Version, ownUnit));
        var what = $"POST {url} as {userName}";
        if (expected == Gone)
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: expected 404, got {(int)response.StatusCode}");
            return;
        }

        await ExpectRefusedAsync(response, what, expected);
        Assert.True(await DeniedAsync(caseId, userId) > deniedBefore, $"{what}: the refusal was not audited as denied");
    }

    private static async Task ExpectRefusedAsync(HttpResponseMessage response, string what, string reason)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: expected 403, got {(int)response.StatusCode}");
        var page = await HtmlPage.ReadAsync(response);
        Assert.True(page.MainText.Contains(reason, StringComparison.Ordinal), $"{what}: the page does not say why ({reason}): {page.MainText}");
    }

    private Task<int> DeniedAsync(Guid caseId, string userId) =>
        factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.UserId == userId && e.Outcome == AuditOutcome.Denied && e.Detail != null && e.Detail.StartsWith("access.")));

    private Task<Guid> CaseAsync() => Cases.GetValue(factory, CreateCaseAsync);

    private static async Task<Guid> CreateCaseAsync(SamplanFactory factory)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Rut", familyName: Sec.UniqueName("Behörigsson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Rut Behörigsson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En gemensam plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand, Demo.Units.FkUppsala), caseId, "Invitation");
        return caseId;
    }
}
