using System.Net;
using System.Runtime.CompilerServices;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>What one actor gets from one request in the matrix.</summary>
public enum Cell
{
    /// <summary>200: the page, or for a POST the form again with the "someone else changed it"
    /// message (the matrix posts a stale version as the allowed actor, so nothing is saved).</summary>
    Shown,

    /// <summary>404, with nothing about the person in the body.</summary>
    NotFound,

    /// <summary>302 back to the case page: the step is not open in this phase.</summary>
    BackToCase,

    /// <summary>302 to /account/login.</summary>
    SignIn,
}

/// <summary>
/// Every page and form about one case, for every kind of actor (docs/security.md "Who may see
/// what"; R-CONSENT-1, R-CONSENT-5, R-PROT-1): a unit sees a case only when it takes part in it
/// and either answers for it or the consent lets it be shared; everything else is 404, and a
/// refused POST changes nothing.
/// </summary>
/// <remarks>
/// Cases: Sven's demo case (plan in force; Vårdcentralen Gottsunda takes part, Försäkringskassan
/// does not) and a case this class makes once per app: started by anna.lind (Vårdcentralen
/// Gottsunda), consent, preparation, Biståndshandläggning äldre (lena.berg) invited, then the
/// consent withdrawn, which closes it (R-CONSENT-5).
/// </remarks>
[Collection(SecurityCollection.Name)]
public sealed class AuthorizationMatrixTests(SamplanFactory factory)
{
    private const string Conflict = "Någon annan har ändrat SIP:en";

    private static readonly ConditionalWeakTable<SamplanFactory, Task<WithdrawnCase>> Withdrawn = new();

    private static readonly Cell Shown = Cell.Shown;
    private static readonly Cell NotFound = Cell.NotFound;
    private static readonly Cell Back = Cell.BackToCase;
    private static readonly Cell SignIn = Cell.SignIn;

    /// <summary>
    /// route (after /cases/{id}), method, then the cell for: (a) per.holm, Försäkringskassan, takes
    /// part in no demo case, on Sven's case; (b) anna.lind, a participating unit, on Sven's case;
    /// (c) lena.berg, an invited unit, on the case whose consent was withdrawn; (c') anna.lind, the
    /// responsible unit, on that closed case; (d) signed out, on Sven's case.
    /// POST to /cases/{id} and /cases/{id}/plan/print (pages without a POST handler) are in
    /// <see cref="Posting_to_a_case_page_without_a_form_answers_like_any_other_refusal"/>.
    /// </summary>
    public static TheoryData<string, string, Cell, Cell, Cell, Cell, Cell> Matrix => new()
    {
        // route                  method   (a) other org  (b) participant (c) invited, withdrawn  (c') responsible, closed  (d) signed out
        { "",                     "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/consent",             "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/consent",             "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/consent/withdraw",    "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/consent/withdraw",    "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/preparation",         "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/preparation",         "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/invitation",          "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/invitation",          "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/meeting",             "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/meeting",             "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/plan",                "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/plan",                "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/plan/agree",          "GET",   NotFound,      Back,           NotFound,              Back,                     SignIn },
        { "/plan/agree",          "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/plan/print",          "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/plan/journal-text",   "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/plan/copies",         "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/follow-up",           "GET",   NotFound,      Shown,          NotFound,              Back,                     SignIn },
        { "/follow-up",           "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/close",               "GET",   NotFound,      Shown,          NotFound,              Back,                     SignIn },
        { "/close",               "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/protected-identity",  "GET",   NotFound,      Shown,          NotFound,              Back,                     SignIn },
        { "/protected-identity",  "POST",  NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/protected-identity/lift", "GET",  NotFound,   Back,           NotFound,              Back,                     SignIn },
        { "/protected-identity/lift", "POST", NotFound,   Shown,          NotFound,              Shown,                    SignIn },
        { "/messages",            "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/messages/new",        "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/hand-over",           "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
        { "/deviations",          "GET",   NotFound,      Shown,          NotFound,              Shown,                    SignIn },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_actor_gets_its_cell_and_a_refused_post_changes_nothing(
        string route, string method, Cell otherOrganisation, Cell participant, Cell invitedAfterWithdrawal, Cell responsibleAfterWithdrawal, Cell signedOut)
    {
        var withdrawn = await WithdrawnCaseAsync();
        var sven = Demo.Sven.CaseId;
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var per = await factory.PooledClientAsync(Demo.Per);
        var lena = await factory.PooledClientAsync(Demo.Lena);
        using var anonymous = factory.NewClient();

        if (method == "GET")
        {
            await ExpectAsync(per, "GET", sven, route, otherOrganisation, Sec.SvenTraces);
            await ExpectAsync(anna, "GET", sven, route, participant);
            await ExpectAsync(lena, "GET", withdrawn.Id, route, invitedAfterWithdrawal, withdrawn.Traces);
            await ExpectAsync(anna, "GET", withdrawn.Id, route, responsibleAfterWithdrawal);
            await ExpectAsync(anonymous, "GET", sven, route, signedOut);
            return;
        }

        var svenBefore = await anna.StateAsync(sven);
        var withdrawnBefore = await anna.StateAsync(withdrawn.Id);

        // The refused actors post what would change the case, with the current version and a
        // valid token of their own session: only the access check stands in the way.
        await ExpectAsync(per, "POST", sven, route, otherOrganisation, Sec.SvenTraces,
            Body(route, await per.TokenAsync(), svenBefore.Version, Demo.Units.FkUppsala));
        await ExpectAsync(lena, "POST", withdrawn.Id, route, invitedAfterWithdrawal, withdrawn.Traces,
            Body(route, await lena.TokenAsync(), withdrawnBefore.Version, Demo.Units.Bistand));
        // Signed out: the sign-in redirect comes before the anti-forgery check (400), with the
        // anonymous session's own token and without any token alike.
        await ExpectAsync(anonymous, "POST", sven, route, signedOut, Sec.SvenTraces,
            [.. Body(route, string.Empty, svenBefore.Version, Demo.Units.FkUppsala).Where(f => f.Key != Sec.AntiforgeryField)]);
        var anonymousToken = await anonymous.TokenAsync();
        await ExpectAsync(anonymous, "POST", sven, route, signedOut, Sec.SvenTraces,
            Body(route, anonymousToken, svenBefore.Version, Demo.Units.FkUppsala));
        await ExpectAsync(anonymous, "POST", withdrawn.Id, route, signedOut, withdrawn.Traces,
            Body(route, anonymousToken, withdrawnBefore.Version, Demo.Units.FkUppsala));

        // The allowed actor reaches the form, but with a stale version nothing is saved.
        var annaToken = await anna.TokenAsync();
        await ExpectAsync(anna, "POST", sven, route, participant, body: Body(route, annaToken, "-1", Demo.Units.Vardcentral));
        await ExpectAsync(anna, "POST", withdrawn.Id, route, responsibleAfterWithdrawal, body: Body(route, annaToken, "-1", Demo.Units.Vardcentral));

        Assert.Equal(svenBefore, await anna.StateAsync(sven));
        Assert.Equal(withdrawnBefore, await anna.StateAsync(withdrawn.Id));
    }

    [Fact]
    public async Task Posting_to_a_case_page_without_a_form_answers_like_any_other_refusal()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var per = await factory.SignedInAsync(Demo.Per);
        using var anonymous = factory.NewClient();
        foreach (var route in new[] { string.Empty, "/plan/print" })
        {
            var url = $"/cases/{Demo.Sven.CaseId}{route}";
            using var outsider = await per.PostFieldsAsync(url, [new(Sec.AntiforgeryField, await per.TokenAsync())]);
            using var missing = await per.PostFieldsAsync($"/cases/{Guid.NewGuid()}{route}", [new(Sec.AntiforgeryField, await per.TokenAsync())]);
            using var participant = await anna.PostFieldsAsync(url, [new(Sec.AntiforgeryField, await anna.TokenAsync())]);
            using var signedOut = await anonymous.PostFieldsAsync(url, []);

            Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
            Assert.Equal(Sec.Stable(await missing.Content.ReadAsStringAsync()), Sec.Stable(await outsider.Content.ReadAsStringAsync()));
            Assert.True(participant.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                $"POST {url} as a participant: expected 404 or 405, got {(int)participant.StatusCode}");
            Assert.Equal("/account/login", signedOut.RedirectPath());
        }
    }

    [Fact]
    public async Task Unrelated_organisation_never_finds_the_person_in_its_list_or_by_search()
    {
        using var per = await factory.SignedInAsync(Demo.Per);
        using var anna = await factory.SignedInAsync(Demo.Anna);

        var list = await per.ListAsync();
        AssertPage.Ok(list);
        Assert.DoesNotContain($"/cases/{Demo.Sven.CaseId}", Sec.CaseLinks(list));
        Sec.ShowsNone(list.Html, "Försäkringskassan's case list", Sec.SvenTraces);

        foreach (var search in new[] { Demo.Sven.WithHyphen, Demo.Sven.Twelve, Demo.Sven.Ten, Demo.Sven.TenDigits, "Karlsson", Demo.Sven.Name })
        {
            var query = "show=All&q=" + Uri.EscapeDataString(search);
            var found = await per.ListAsync(query);
            Assert.Empty(Sec.CaseLinks(found));
            Sec.ShowsNone(found.MainText, $"Försäkringskassan's search for {search}", "Sven", "Karlsson", "52113");

            // The same search finds the case for a unit that takes part, so the search itself works.
            Assert.Contains($"/cases/{Demo.Sven.CaseId}", Sec.CaseLinks(await anna.ListAsync(query)));
        }
    }

    [Fact]
    public async Task Withdrawn_consent_takes_the_case_out_of_the_invited_units_list_and_search_but_not_the_responsible_units_R_CONSENT_5()
    {
        var withdrawn = await WithdrawnCaseAsync();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var link = $"/cases/{withdrawn.Id}";

        var lenaList = await lena.ListAsync();
        Assert.DoesNotContain(link, Sec.CaseLinks(lenaList));
        Sec.ShowsNone(lenaList.Html, "lena.berg's case list", withdrawn.Traces);
        foreach (var search in new[] { withdrawn.Number.WithHyphen, withdrawn.Number.Twelve, withdrawn.FamilyName })
        {
            var query = "show=All&q=" + Uri.EscapeDataString(search);
            Assert.Empty(Sec.CaseLinks(await lena.ListAsync(query)));
            Assert.Contains(link, Sec.CaseLinks(await anna.ListAsync(query)));
        }

        Assert.Contains(link, Sec.CaseLinks(await anna.ListAsync("show=Closed")));
    }

    [Fact]
    public async Task Starting_a_case_for_a_person_known_from_another_organisation_reveals_nothing_recorded_there_R_CONSENT_1()
    {
        // Elsa (demo, 16) has guardians recorded with Vårdcentralen Gottsunda's case; Försäkringskassan takes no part in it.
        using var per = await factory.SignedInAsync(Demo.Per);
        var caseId = await per.StartCaseAsync(new TestPersonnummer(new DateOnly(2010, 5, 20), "162"), givenName: "Okänd", familyName: "Person");

        var consent = await per.GetPageAsync($"/cases/{caseId}/consent");

        AssertPage.Ok(consent);
        Sec.ShowsNone(consent.Html, "Försäkringskassan's consent form", "Karin Nilsson", "Jonas Nilsson");
    }

    private async Task ExpectAsync(HttpClient client, string method, Guid caseId, string route, Cell cell, string[]? traces = null, IReadOnlyList<KeyValuePair<string, string>>? body = null)
    {
        var url = $"/cases/{caseId}{route}";
        using var response = method == "GET" ? await client.GetUrlAsync(url) : await client.PostFieldsAsync(url, body ?? []);
        var html = await response.Content.ReadAsStringAsync();
        var what = $"{method} {url}";
        switch (cell)
        {
            case Cell.Shown:
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: expected 200, got {(int)response.StatusCode} {response.Headers.Location}");
                if (method == "POST")
                {
                    var page = await HtmlPage.ReadAsync(response);
                    AssertPage.HasError(page, Conflict);
                }

                break;
            case Cell.NotFound:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: expected 404, got {(int)response.StatusCode} {response.Headers.Location}");
                Sec.ShowsNone(html, what, traces ?? []);
                break;
            case Cell.BackToCase:
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: expected a redirect to the case, got {(int)response.StatusCode}");
                Assert.Equal($"/cases/{caseId}", response.RedirectPath());
                break;
            case Cell.SignIn:
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: expected a redirect to sign-in, got {(int)response.StatusCode}");
                Assert.Equal("/account/login", response.RedirectPath());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell, null);
        }
    }

    /// <summary>A body that would change the case in its route's way if the access check let it
    /// through (valid fields, the given version, the actor's unit as invitee).</summary>
    private List<KeyValuePair<string, string>> Body(string route, string token, string version, Guid ownUnit) =>
        BodyFor(factory.Today, route, token, version, ownUnit);

    internal static List<KeyValuePair<string, string>> BodyFor(DateOnly today, string route, string token, string version, Guid ownUnit)
    {
        List<KeyValuePair<string, string>> fields = [new(Sec.AntiforgeryField, token), new("Version", version)];
        fields.AddRange(route switch
        {
            "/consent" => [new("Input.Kind", "GivenByIndividual"), new("Input.Method", "Oral"), new("Input.GivenBy", "Obehörig"), new("Input.GivenOn", CaseSteps.Iso(today))],
            "/consent/withdraw" => [new("Note", "Återkallat av obehörig")],
            "/preparation" => [new("Input.Purpose", "Obehörigt syfte"), new("Input.Goal", "Obehörigt mål"), new("Input.Participation", "WholeMeeting")],
            "/invitation" => [new("Input.Form", "InPerson"), new("Input.Place", "Obehörig plats"), new("Input.MeetingDate", CaseSteps.Iso(today.AddDays(7))), new("Input.StartTime", "10:00"), new("Input.UnitIds", ownUnit.ToString())],
            "/meeting" => [new("Input.HeldOn", CaseSteps.Iso(today)), new("Input.Chair", "Obehörig"), new("Input.Secretary", "Obehörig"), new("Input.Participants[0].Name", "Obehörig"), new("Input.Participants[0].Role", "Obehörig"), new("Input.Participants[0].UnitId", ownUnit.ToString()), new("Input.Participants[0].Present", "true")],
            "/plan" => [new("Input.OwnGoals", "Ändrat av obehörig")],
            "/protected-identity/lift" => [new("Input.Reason", "Hävt av obehörig")],
            "/plan/agree" => [new("Input.ApprovedBy", "Obehörig"), new("Input.Method", "AtMeeting"), new("Input.ApprovedOn", CaseSteps.Iso(today))],
            "/follow-up" => [new("Input.HeldOn", CaseSteps.Iso(today)), new("Input.Outcome", "Continue"), new("Input.NextFollowUpOn", CaseSteps.Iso(today.AddDays(30))),
                new("Input.Assessments[0].Fulfilment", "PartlyMet"), new("Input.Assessments[1].Fulfilment", "PartlyMet")],
            "/close" => [new("Input.Reason", "NoLongerNeeded"), new("Input.Note", "Avslutat av obehörig")],
            _ => [],
        });
        return fields;
    }

    private Task<WithdrawnCase> WithdrawnCaseAsync() => Withdrawn.GetValue(factory, CreateWithdrawnCaseAsync);

    private static async Task<WithdrawnCase> CreateWithdrawnCaseAsync(SamplanFactory factory)
    {
        var number = TestPersonnummer.NewAdult();
        var family = Sec.UniqueName("Återkallsson");
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        var caseId = await anna.StartCaseAsync(number, givenName: "Vera", familyName: family);
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Vera " + family, factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En gemensam plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand), caseId, "Invitation");
        using (var invited = await lena.GetUrlAsync($"/cases/{caseId}"))
        {
            // Otherwise the 404s after the withdrawal would prove nothing.
            Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        }

        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{caseId}/consent/withdraw", form => form.Set("Note", "Vill inte längre.")), caseId, "Withdrawal");
        return new WithdrawnCase(caseId, number, family, Sec.Traces(number, family));
    }

    private sealed record WithdrawnCase(Guid Id, TestPersonnummer Number, string FamilyName, string[] Traces);
}
