using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Inbox;

/// <summary>Messages between the units of a case over HTTP: the initiative and the discharge notice
/// reach the units named (R-INIT-3, R-DISCH-1), each unit acknowledges in a row of its own, nothing
/// about the person goes to a unit the consent does not cover, and everyone else gets 404.</summary>
[Collection(SamplanCollection.Name)]
public sealed class MessageTests(SamplanFactory factory)
{
    private static readonly Guid Elevhalsa = Guid.Parse("0b000000-0000-0000-0000-000000000007");

    [Fact]
    public async Task R_DISCH_1_R_INIT_5_A_ward_reports_discharge_ready_on_a_Friday_and_the_vardcentral_sees_it_and_its_Monday_deadline()
    {
        var friday = MessageSteps.FridayOnOrBefore(factory.Today);
        var person = TestPersonnummer.NewAdult();
        using var ward = await SignedInAsync(Demo.Karin);
        using (var started = await ward.SubmitFormAsync("/cases/new", form => form
                   .Set("Input.Personnummer", person.WithHyphen).Set("Input.GivenName", "Ulla").Set("Input.FamilyName", "Utskrivningsklar")
                   .Set("Input.Reason", "Behöver hemsjukvård och hemtjänst efter utskrivning.")
                   .Set("Input.NeedIdentifiedOn", CaseSteps.Iso(friday)).Set("Input.DischargeReadyOn", CaseSteps.Iso(friday))))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            var caseId = Guid.Parse(started.RedirectPath()!["/cases/".Length..]);
            await ward.SendMessageOkAsync(caseId, "DischargeReady", [Demo.Units.Vardcentral], text: "Utskrivningsklar, behöver insulin morgon och kväll.");

            using var vardcentral = await SignedInAsync(Demo.Anna);
            var inbox = await vardcentral.GetPageAsync("/inbox");
            var messageId = await vardcentral.MessageAboutAsync(caseId);
            Assert.True(MessageSteps.NavigationCount(inbox) >= 1);
            Assert.Contains("Utskrivningsklar", inbox.MainText, StringComparison.Ordinal);

            var message = await vardcentral.GetPageAsync($"/inbox/{messageId}");
            AssertPage.Ok(message);
            // The law lets the inpatient unit's notice name the person before consent.
            Assert.Contains("Ulla Utskrivningsklar", message.MainText, StringComparison.Ordinal);
            Assert.Contains(person.WithHyphen, message.MainText, StringComparison.Ordinal);
            Assert.Contains("insulin morgon och kväll", message.MainText, StringComparison.Ordinal);
            var deadline = friday.AddDays(3);
            Assert.Equal(DayOfWeek.Monday, deadline.DayOfWeek);
            var invitationBy = message.Document.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "Kallelse senast").NextElementSibling!;
            Assert.Contains(L(deadline), invitationBy.TextContent, StringComparison.Ordinal);
            Assert.NotNull(message.Document.QuerySelector($"form[action='/inbox/{messageId}?handler=Acknowledge']"));

            // The case itself is still the ward's until consent is recorded.
            Assert.Equal(HttpStatusCode.NotFound, (await vardcentral.GetPageAsync($"/cases/{caseId}")).Status);

            using var acknowledged = await vardcentral.AcknowledgeAsync(messageId);
            AssertPage.Redirects(acknowledged, $"/inbox/{messageId}");
            var after = await vardcentral.GetPageAsync($"/inbox/{messageId}");
            Assert.Contains("Kvitterat", after.MainText, StringComparison.Ordinal);
            Assert.Contains("Anna Lind", after.MainText, StringComparison.Ordinal);
            Assert.Null(after.Document.QuerySelector($"form[action='/inbox/{messageId}?handler=Acknowledge']"));

            var board = await ward.GetPageAsync($"/cases/{caseId}/messages");
            AssertPage.Ok(board);
            Assert.Contains("Kvitterat", board.MainText, StringComparison.Ordinal);
            Assert.Contains("Anna Lind", board.MainText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task R_INIT_3_R_CONSENT_1_Before_consent_the_initiative_names_nobody_and_after_consent_it_does()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Ingrid", familyName: "Initiativsdotter");
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand, Demo.Units.Hemtjanst], informOnly: [Demo.Units.Hemtjanst]);

        using var lena = await SignedInAsync(Demo.Lena);
        var messageId = await lena.MessageAboutAsync(caseId);
        var before = await lena.GetPageAsync($"/inbox/{messageId}");
        AssertPage.Ok(before);
        Assert.DoesNotContain("Initiativsdotter", before.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingrid", before.Html, StringComparison.Ordinal);
        Assert.Contains(Domain.Cases.CaseReference.For(caseId), before.MainText, StringComparison.Ordinal);
        Assert.Contains("För kvittering", before.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lena.GetPageAsync($"/cases/{caseId}")).Status);

        // The unit told for information only is not asked to acknowledge.
        using var johan = await SignedInAsync(Demo.Johan);
        var informed = await johan.GetPageAsync($"/inbox/{messageId}");
        Assert.Contains("För kännedom", informed.MainText, StringComparison.Ordinal);
        Assert.Null(informed.Document.QuerySelector($"form[action='/inbox/{messageId}?handler=Acknowledge']"));

        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Ingrid Initiativsdotter", factory.Today), caseId, "Consent");

        var after = await lena.GetPageAsync($"/inbox/{messageId}");
        Assert.Contains("Ingrid Initiativsdotter", after.MainText, StringComparison.Ordinal);
        Assert.Contains($"/cases/{caseId}", after.Links(), StringComparer.Ordinal);
        AssertPage.Ok(await lena.GetPageAsync($"/cases/{caseId}"));
    }

    [Fact]
    public async Task R_CONSENT_1_Own_words_before_consent_are_refused_and_the_form_keeps_them()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        using var refused = await anna.SendMessageAsync(caseId, "Initiative", [Demo.Units.Bistand], text: "Personen har svår diabetes.");

        var page = await HtmlPage.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.ErrorSummary, e => e.StartsWith("Före samtycke får meddelandet inte innehålla egen text", StringComparison.Ordinal));
        Assert.Equal("Personen har svår diabetes.", page.Document.QuerySelector("textarea[name='Input.Text']")?.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.CaseId == caseId)));
    }

    [Fact]
    public async Task A_text_of_ten_thousand_characters_is_refused_with_a_message_and_nothing_is_sent()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");

        using var refused = await anna.SendMessageAsync(caseId, "Initiative", [Demo.Units.Bistand], text: new string('x', 10_000));

        var page = await HtmlPage.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.Text"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.CaseId == caseId)));
    }

    [Fact]
    public async Task R_INIT_3_Five_units_acknowledging_the_same_message_at_once_all_succeed()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        Guid[] units = [Demo.Units.Bistand, Demo.Units.Hemtjanst, Demo.Units.Medicinavdelning, Elevhalsa, Demo.Units.Psykiatri];
        await anna.SendMessageOkAsync(caseId, "Initiative", units);

        var clients = new List<HttpClient>
        {
            await SignedInAsync(Demo.Lena), await SignedInAsync(Demo.Johan), await SignedInAsync(Demo.Karin), await SignedInAsync(Demo.Maria),
        };
        var eva = factory.NewClient();
        await eva.SignInForUnitAsync(Demo.Eva, "Psykiatri");
        clients.Add(eva);
        try
        {
            var messageId = await clients[0].MessageAboutAsync(caseId);
            // Every form is fetched first, so the five posts go together.
            var forms = new List<HtmlForm>();
            foreach (var client in clients)
            {
                forms.Add((await client.GetPageAsync($"/inbox/{messageId}")).Form($"form[action='/inbox/{messageId}?handler=Acknowledge']"));
            }

            var answers = await Task.WhenAll(forms.Select((form, i) => form.PostAsync(clients[i])));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
            foreach (var answer in answers)
            {
                answer.Dispose();
            }

            var stored = await factory.WithDbAsync(db => db.MessageRecipients.AsNoTracking().Where(r => r.MessageId == messageId).ToListAsync());
            Assert.Equal(5, stored.Count);
            Assert.All(stored, r => Assert.NotNull(r.AcknowledgedAt));
            Assert.Equal(5, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Code == (int)AuditAction.MessageAcknowledged && e.Outcome == AuditOutcome.Success)));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task R_INIT_3_A_second_acknowledgement_says_it_is_done_and_changes_nothing()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand]);
        using var lena = await SignedInAsync(Demo.Lena);
        var messageId = await lena.MessageAboutAsync(caseId);
        var form = (await lena.GetPageAsync($"/inbox/{messageId}")).Form($"form[action='/inbox/{messageId}?handler=Acknowledge']");
        using (var first = await form.PostAsync(lena))
        {
            AssertPage.Redirects(first, $"/inbox/{messageId}");
        }

        var acknowledgedAt = await factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId).Select(r => r.AcknowledgedAt).SingleAsync());
        using var again = await form.PostAsync(lena);

        var page = await HtmlPage.ReadAsync(again);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Meddelandet är redan kvitterat.", page.ErrorSummary);
        Assert.Equal(acknowledgedAt, await factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId).Select(r => r.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task Another_organisations_unit_gets_404_for_the_message_and_its_acknowledgement_and_does_not_see_it_listed()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand]);
        using var lena = await SignedInAsync(Demo.Lena);
        var messageId = await lena.MessageAboutAsync(caseId);
        var form = (await lena.GetPageAsync($"/inbox/{messageId}")).Form($"form[action='/inbox/{messageId}?handler=Acknowledge']");

        using var per = await SignedInAsync(Demo.Per);
        Assert.Equal(HttpStatusCode.NotFound, (await per.GetPageAsync($"/inbox/{messageId}")).Status);
        Assert.DoesNotContain(messageId, await per.InboxAsync());
        var perToken = (await per.GetPageAsync("/inbox")).Form("form.language-form")[HtmlForm.AntiforgeryField]!;
        using var posted = await form.Set(HtmlForm.AntiforgeryField, perToken).PostAsync(per);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await per.GetPageAsync($"/cases/{caseId}/messages")).Status);
        Assert.Null(await factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId).Select(r => r.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_navigation_counts_what_awaits_acknowledgement_and_forgets_it_once_acknowledged()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        using var maria = await SignedInAsync(Demo.Maria);
        var before = MessageSteps.NavigationCount(await maria.GetPageAsync("/manual-forms"));

        await anna.SendMessageOkAsync(caseId, "Initiative", [Elevhalsa]);

        Assert.Equal(before + 1, MessageSteps.NavigationCount(await maria.GetPageAsync("/manual-forms")));
        var messageId = await maria.MessageAboutAsync(caseId);
        using (var acknowledged = await maria.AcknowledgeAsync(messageId))
        {
            AssertPage.Redirects(acknowledged, $"/inbox/{messageId}");
        }

        Assert.Equal(before, MessageSteps.NavigationCount(await maria.GetPageAsync("/manual-forms")));
    }

    [Fact]
    public async Task R_CASE_2_A_unit_that_does_not_answer_for_the_case_writes_only_to_the_units_in_it()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand]);
        using var lena = await SignedInAsync(Demo.Lena);

        await lena.SendMessageOkAsync(caseId, "Note", [Demo.Units.Vardcentral], text: "Vi tar kontakt med Test i veckan.");
        using var outside = await lena.SendMessageAsync(caseId, "Note", [Demo.Units.FkUppsala]);

        var page = await HtmlPage.ReadAsync(outside);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.ErrorSummary, e => e.StartsWith("Bara den ansvariga enheten kan skicka till verksamheter som inte deltar", StringComparison.Ordinal));
        var annaInbox = await anna.GetPageAsync($"/inbox/{await anna.MessageAboutAsync(caseId)}");
        Assert.Contains("Vi tar kontakt med Test i veckan.", annaInbox.MainText, StringComparison.Ordinal);
    }

    private static string L(DateOnly date) => date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = factory.NewClient();
        await client.SignInAsync(user);
        return client;
    }
}
