using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Every form checks its anti-forgery token (docs/security.md "Hardening"): a POST without the
/// token, or with a token taken from another session (client A's token sent with client B's
/// cookies), answers 400 and changes nothing. The same form with the right token then goes
/// through, so the 400s come from the token alone.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class CsrfTests(SamplanFactory factory)
{
    public static TheoryData<string> Forms =>
    [
        "sign-in", "sign-out", "language", "unit switch", "new case",
        "consent", "consent withdrawal", "preparation", "invitation", "meeting", "plan", "plan agreement", "follow-up", "close", "protected identity",
        "audit review", "admin staff",
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_post_without_its_own_sessions_token_is_refused_and_changes_nothing(string form)
    {
        var attempt = await PrepareAsync(form);
        using var victim = attempt.Victim;
        using var other = attempt.OtherSession;
        var before = await attempt.State();
        var foreignToken = await other.TokenAsync();
        Assert.NotEqual(foreignToken, attempt.Form[Sec.AntiforgeryField]);

        using var withoutToken = await PostAsync(victim, attempt, [.. attempt.Form.Values.Where(v => v.Key != Sec.AntiforgeryField)]);
        using var withForeignToken = await PostAsync(victim, attempt,
            [.. attempt.Form.Values.Select(v => v.Key == Sec.AntiforgeryField ? new KeyValuePair<string, string>(v.Key, foreignToken) : v)]);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withForeignToken.StatusCode);
        Assert.Equal(before, await attempt.State());

        // The very same form with the victim's own token is accepted and does change something.
        using var genuine = await PostAsync(victim, attempt, attempt.Form.Values);
        Assert.True(genuine.StatusCode == HttpStatusCode.Redirect, $"The genuine {form} form should go through, got {await HtmlPage.ReadAsync(genuine)}");
        Assert.NotEqual(before, await attempt.State());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Attempt attempt, IEnumerable<KeyValuePair<string, string>> values) =>
        client.PostAsync(attempt.Url ?? attempt.Form.Action, new FormUrlEncodedContent(values));

    private async Task<Attempt> PrepareAsync(string form)
    {
        switch (form)
        {
            case "sign-in":
            {
                var victim = factory.NewClient();
                var page = await victim.GetPageAsync("/account/login");
                return new Attempt(victim, factory.NewClient(),
                    page.Form().Set("Input.UserName", Demo.Karin).Set("Input.Password", Demo.Password),
                    () => WhereTheListLeadsAsync(victim));
            }

            case "sign-out":
            {
                var victim = await factory.SignedInAsync(Demo.Karin);
                var page = await victim.GetPageAsync("/");
                return new Attempt(victim, await factory.SignedInAsync(Demo.Karin), page.Form("form[action='/account/logout']"),
                    () => WhereTheListLeadsAsync(victim));
            }

            case "language":
            {
                var victim = factory.NewClient();
                var page = await victim.GetPageAsync("/account/login");
                return new Attempt(victim, factory.NewClient(), page.Form("form.language-form").Set("culture", "en"),
                    async () => (await victim.GetPageAsync("/account/login")).Document.DocumentElement.GetAttribute("lang") ?? "?");
            }

            case "unit switch":
            {
                // eva.strand acts for Psykiatrisk öppenvård first (the first unit by name).
                var victim = await factory.SignedInAsync(Demo.Eva);
                var page = await victim.GetPageAsync("/account/unit");
                return new Attempt(victim, await factory.SignedInAsync(Demo.Eva), page.Form().Set("unitId", Demo.Units.Vardcentral.ToString()),
                    async () => HtmlPage.Collapse((await victim.GetPageAsync("/manual-forms")).Document.QuerySelector("header .session strong")?.TextContent));
            }

            case "new case":
            {
                var victim = await factory.SignedInAsync(Demo.Anna);
                var number = TestPersonnummer.NewAdult();
                var page = await victim.GetPageAsync("/cases/new");
                var filled = page.Form()
                    .Set("Input.Personnummer", number.WithHyphen)
                    .Set("Input.GivenName", "Csrf")
                    .Set("Input.FamilyName", Sec.UniqueName("Forfalskad"))
                    .Set("Input.Reason", "Behöver samordnat stöd.");
                return new Attempt(victim, await factory.SignedInAsync(Demo.Anna), filled,
                    async () => string.Join(",", Sec.CaseLinks(await victim.ListAsync("show=All&q=" + number.Twelve))));
            }

            case "audit review":
            {
                var victim = await factory.SignedInAsync("ulla.bjork");
                var sample = (await victim.GetPageAsync("/audit/review/sample")).Form();
                using var drawn = await victim.PostAsync(new Uri("/audit/review/sample?handler=Draw", UriKind.Relative), new FormUrlEncodedContent(sample.Values));
                var page = await HtmlPage.ReadAsync(drawn);
                AssertPage.Ok(page);
                return new Attempt(victim, await factory.SignedInAsync("ulla.bjork"), page.Form().Set("Record.Outcome", "NoRemarks"),
                    async () => HtmlPage.Collapse((await victim.GetPageAsync("/audit/review")).Document.QuerySelector("main table caption")?.TextContent),
                    new Uri("/audit/review/sample?handler=Save", UriKind.Relative));
            }

            case "admin staff":
            {
                var victim = await factory.SignedInAsync("nils.strom");
                var userName = Sec.UniqueName("csrf.");
                var page = await victim.GetPageAsync("/admin/staff");
                var filled = page.Form()
                    .Set("Input.UserName", userName)
                    .Set("Input.DisplayName", "Csrf Test")
                    .Set("Input.Password", "Sakert-Losen-2026")
                    .Set("Input.UnitId", Demo.Units.Vardcentral.ToString())
                    .Set("Input.Title", "Sjuksköterska");
                return new Attempt(victim, await factory.SignedInAsync("nils.strom"), filled,
                    async () => (await victim.GetPageAsync("/admin/staff?q=" + userName)).Links("main table a").Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            default:
                return await PrepareCaseFormAsync(form);
        }
    }

    /// <summary>A case of anna.lind's in the phase where the form is open, and the form filled in.</summary>
    private async Task<Attempt> PrepareCaseFormAsync(string form)
    {
        var anna = await factory.SignedInAsync(Demo.Anna);
        var (route, phase, fill) = form switch
        {
            "consent" => ("/consent", 0, (Action<HtmlForm>)(f => f.Set("Input.Kind", "GivenByIndividual").Set("Input.Method", "Oral").Set("Input.GivenBy", "Csrf Test").Set("Input.GivenOn", CaseSteps.Iso(factory.Today)))),
            "consent withdrawal" => ("/consent/withdraw", 1, f => f.Set("Note", "Vill inte längre.")),
            "preparation" => ("/preparation", 1, f => f.Set("Input.Purpose", "Samordna stödet").Set("Input.Goal", "En plan")),
            "invitation" => ("/invitation", 2, FillInvitation),
            "meeting" => ("/meeting", 3, f => f.Set("Input.HeldOn", CaseSteps.Iso(factory.Today)).Set("Input.Chair", "Anna Lind").Set("Input.Secretary", "Anna Lind")),
            "plan" => ("/plan", 4, FillPlan),
            "plan agreement" => ("/plan/agree", 5, f => f.Set("Input.ApprovedBy", "Csrf Test").Set("Input.Method", "AtMeeting").Set("Input.ApprovedOn", CaseSteps.Iso(factory.Today))),
            "follow-up" => ("/follow-up", 6, f => f
                .SetEndingWith(CaseSteps.Iso(factory.Today), "HeldOn")
                .SetEndingWith("PartlyMet", "Assessments[0].Fulfilment")
                .SetEndingWith("Continue", "Outcome")
                .SetEndingWith(CaseSteps.Iso(factory.Today.AddDays(60)), "NextFollowUpOn")),
            "close" => ("/close", 0, f => f.Set("Input.Reason", "NoLongerNeeded").Set("Input.Note", "Inget behov.")),
            "protected identity" => ("/protected-identity", 0, f => f.Set("Input.Reason", "Besked från Skatteverket.")),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "No such form."),
        };

        var caseId = await WalkAsync(anna, phase);
        var page = await anna.GetPageAsync($"/cases/{caseId}{route}");
        var filled = page.Form();
        fill(filled);
        return new Attempt(anna, await factory.SignedInAsync(Demo.Anna), filled, async () => (await anna.StateAsync(caseId)).ToString());
    }

    /// <summary>A new case taken through the first <paramref name="steps"/> steps: consent,
    /// preparation, invitation (meeting today), meeting, plan draft, plan agreed.</summary>
    private async Task<Guid> WalkAsync(HttpClient anna, int steps)
    {
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Csrf", familyName: Sec.UniqueName("Testsson"));
        var walk = new Func<Task<HttpResponseMessage>>[]
        {
            () => anna.RecordConsentAsync(caseId, "Csrf Testsson", factory.Today),
            () => anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"),
            () => anna.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst),
            () => anna.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Anna Lind"),
            () => anna.SubmitFormAsync($"/cases/{caseId}/plan", FillPlan),
            () => anna.SubmitFormAsync($"/cases/{caseId}/plan/agree", f => f.Set("Input.ApprovedBy", "Csrf Testsson").Set("Input.Method", "AtMeeting").Set("Input.ApprovedOn", CaseSteps.Iso(factory.Today))),
        };
        foreach (var step in walk.Take(steps))
        {
            using var response = await step();
            await CaseSteps.ExpectSavedAsync(response, caseId, "Step towards the form");
        }

        return caseId;
    }

    private void FillInvitation(HtmlForm form) => form
        .Set("Input.Form", "InPerson")
        .Set("Input.Place", "Vårdcentralen")
        .Set("Input.MeetingDate", CaseSteps.Iso(factory.Today.AddDays(7)))
        .Set("Input.StartTime", "10:00")
        .Set("Input.UnitIds", Demo.Units.Hemtjanst.ToString());

    /// <summary>A plan complete enough to be agreed (R-PLAN-1..8), as JourneyTests writes it.</summary>
    private void FillPlan(HtmlForm form) => form
        .SetEndingWith("Jag vill klara mig hemma.", "OwnGoals")
        .SetEndingWith("Stöttande dotter.", "Resources")
        .SetEndingWith("Ring vårdcentralen; vid akut försämring 112.", "IfWorse")
        .SetEndingWith(CaseSteps.Iso(factory.Today.AddDays(30)), "FollowUpOn")
        .SetEndingWithIfPresent("Physical", "Goals[0].Domain")
        .SetEndingWith("Svårt att klara dusch.", "Goals[0].Need")
        .SetEndingWith("Du ska känna dig trygg hemma.", "Goals[0].Goal")
        .SetEndingWith("Hemtjänst morgon och kväll", "Goals[0].Activities[0].What")
        .SetEndingWithIfPresent("KommunUnit", "Goals[0].Activities[0].Responsible")
        .SetEndingWithIfPresent(Demo.Units.Hemtjanst.ToString(), "Goals[0].Activities[0].ResponsibleUnitId")
        .SetEndingWithIfPresent("Hemtjänst Gottsunda", "Goals[0].Activities[0].ResponsibleName")
        .SetEndingWith("Tills vidare", "Goals[0].Activities[0].TimePlan")
        .SetEndingWith("Anna Lind", "CoordinatorName")
        .SetEndingWith(Demo.Units.Vardcentral.ToString(), "CoordinatorUnitId");

    private static async Task<string> WhereTheListLeadsAsync(HttpClient client)
    {
        using var response = await client.GetUrlAsync("/");
        return $"{(int)response.StatusCode} {response.RedirectPath()}";
    }

    /// <summary>The victim's session, another session (of the same user where there is one), the
    /// form as the victim's browser would post it, and what the form would change.</summary>
    private sealed record Attempt(HttpClient Victim, HttpClient OtherSession, HtmlForm Form, Func<Task<string>> State, Uri? Url = null);
}
