using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Cases;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Inbox;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Invitations;

/// <summary>R-CALL-4 over HTTP: every invited unit answers in the system, each in a row of its own,
/// and the convener's case page shows who answered, who comes and why not.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationAnswerTests(SamplanFactory factory)
{
    private static readonly Guid Elevhalsa = Guid.Parse("0b000000-0000-0000-0000-000000000007");

    [Fact]
    public async Task R_CALL_4_Five_units_answering_the_same_invitation_at_once_all_succeed_and_the_board_shows_it()
    {
        var (anna, caseId) = await InvitedCaseAsync(Demo.Units.Bistand, Demo.Units.Hemtjanst, Demo.Units.Medicinavdelning, Elevhalsa, Demo.Units.Psykiatri);
        using (anna)
        {
            var clients = new List<HttpClient> { await SignedInAsync(Demo.Lena), await SignedInAsync(Demo.Johan), await SignedInAsync(Demo.Karin), await SignedInAsync(Demo.Maria) };
            var eva = factory.NewClient();
            await eva.SignInForUnitAsync(Demo.Eva, "Psykiatri");
            clients.Add(eva);
            try
            {
                var forms = new List<HtmlForm>();
                for (var i = 0; i < clients.Count; i++)
                {
                    var page = await clients[i].GetPageAsync($"/cases/{caseId}/invitation/answer");
                    AssertPage.Ok(page);
                    forms.Add(i < 3
                        ? page.Form($"form[action='/cases/{caseId}/invitation/answer?handler=Accept']").Set("Attendees", $"Deltagare {i}")
                        : page.Form($"form[action='/cases/{caseId}/invitation/answer?handler=Decline']").Set("DeclineReason", $"Krock med annat möte {i}"));
                }

                var answers = await Task.WhenAll(forms.Select((form, i) => form.PostAsync(clients[i])));
                foreach (var answer in answers)
                {
                    AssertPage.Redirects(answer, $"/cases/{caseId}");
                    answer.Dispose();
                }

                var stored = await factory.WithDbAsync(db => db.InvitationReplies.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync());
                Assert.Equal(3, stored.Count(r => r.Answer == InvitationAnswer.Accepted));
                Assert.Equal(2, stored.Count(r => r.Answer == InvitationAnswer.Declined));
                Assert.All(stored, r => Assert.NotNull(r.AcknowledgedAt));

                var board = await anna.GetPageAsync($"/cases/{caseId}");
                var text = board.Document.QuerySelector("section[aria-labelledby='invitation-heading']")!.TextContent;
                Assert.Contains("Krock med annat möte 3", text, StringComparison.Ordinal);
                Assert.Contains("Deltagare 0", text, StringComparison.Ordinal);
            }
            finally
            {
                clients.ForEach(c => c.Dispose());
            }
        }
    }

    [Fact]
    public async Task R_CALL_4_Declining_needs_a_reason_and_the_form_keeps_what_was_typed()
    {
        var (anna, caseId) = await InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await SignedInAsync(Demo.Lena);
            using var refused = await lena.SubmitFormAsync($"/cases/{caseId}/invitation/answer", form => form.Set("DeclineReason", "  "),
                formSelector: $"form[action='/cases/{caseId}/invitation/answer?handler=Decline']");

            var page = await HtmlPage.ReadAsync(refused);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(page.ErrorSummary, e => e.StartsWith("Skriv varför ni tackar nej", StringComparison.Ordinal));
            Assert.Equal(InvitationAnswer.NotAnswered, await AnswerOfAsync(caseId, Demo.Units.Bistand));
        }
    }

    [Fact]
    public async Task R_CALL_4_The_invited_unit_finds_the_invitation_in_its_inbox_and_acknowledges_it()
    {
        var (anna, caseId) = await InvitedCaseAsync(Demo.Units.Hemtjanst);
        using (anna)
        {
            using var johan = await SignedInAsync(Demo.Johan);
            var messageId = await johan.MessageAboutAsync(caseId);
            var message = await johan.GetPageAsync($"/inbox/{messageId}");
            Assert.Contains("Kallelse till SIP-möte", message.MainText, StringComparison.Ordinal);
            Assert.Contains($"/cases/{caseId}/invitation/answer", message.Links(), StringComparer.Ordinal);

            using var acknowledged = await johan.SubmitFormAsync($"/cases/{caseId}/invitation/answer",
                formSelector: $"form[action='/cases/{caseId}/invitation/answer?handler=Acknowledge']");
            AssertPage.Redirects(acknowledged, $"/cases/{caseId}");
            Assert.Equal(InvitationAnswer.Acknowledged, await AnswerOfAsync(caseId, Demo.Units.Hemtjanst));
        }
    }

    [Fact]
    public async Task R_CALL_9_An_answer_from_a_form_shown_before_the_meeting_moved_is_not_taken_and_keeps_what_was_typed()
    {
        var (anna, caseId) = await InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await SignedInAsync(Demo.Lena);
            var form = (await lena.GetPageAsync($"/cases/{caseId}/invitation/answer")).Form($"form[action='/cases/{caseId}/invitation/answer?handler=Accept']").Set("Attendees", "Lena Berg");
            using (var moved = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", f => f.Set("StartTime", "15:00"),
                       formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Move']"))
            {
                AssertPage.Redirects(moved, $"/cases/{caseId}");
            }

            using var stale = await form.PostAsync(lena);

            var page = await HtmlPage.ReadAsync(stale);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(page.ErrorSummary, e => e.StartsWith("Kallelsen har ändrats sedan du öppnade den", StringComparison.Ordinal));
            Assert.Equal("Lena Berg", page.FieldValue("Attendees"));
            Assert.Contains("15:00", page.MainText, StringComparison.Ordinal);
            Assert.Equal(InvitationAnswer.NotAnswered, await AnswerOfAsync(caseId, Demo.Units.Bistand));

            // Answered again from the page as it is now, it is taken.
            using var fresh = await page.Form($"form[action='/cases/{caseId}/invitation/answer?handler=Accept']").PostAsync(lena);
            AssertPage.Redirects(fresh, $"/cases/{caseId}");
            Assert.Equal(InvitationAnswer.Accepted, await AnswerOfAsync(caseId, Demo.Units.Bistand));
        }
    }

    [Fact]
    public async Task R_CALL_3_Many_invitees_are_asked_about_once_and_sent_when_confirmed()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        Guid[] many = [Demo.Units.Psykiatri, Demo.Units.Medicinavdelning, Demo.Units.Bistand, Demo.Units.Hemtjanst, Guid.Parse("0b000000-0000-0000-0000-000000000006"), Elevhalsa, Demo.Units.FkUppsala];

        using var asked = await anna.SubmitFormAsync($"/cases/{caseId}/invitation", form =>
        {
            form.Set("Input.Form", "InPerson").Set("Input.Place", "Vårdcentralen").Set("Input.MeetingDate", CaseSteps.Iso(factory.Today.AddDays(7))).Set("Input.StartTime", "10:00")
                .Set("Input.Others[0].Name", "Syster Lisa").Set("Input.Others[1].Name", "God man Göran");
            form.Remove("Input.UnitIds");
            foreach (var unit in many)
            {
                form.Add("Input.UnitIds", unit.ToString());
            }
        });

        var page = await HtmlPage.ReadAsync(asked);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Kallelsen har fler än 8 mottagare", page.MainText, StringComparison.Ordinal);
        Assert.Equal("Förberedelse", await anna.PhaseAsync(caseId));

        using var sent = await page.Form().Set("Input.ManyConfirmed", "true").PostAsync(anna);
        AssertPage.Redirects(sent, $"/cases/{caseId}");
        Assert.Equal(9, await factory.WithDbAsync(db => db.InvitationReplies.CountAsync(r => r.CaseId == caseId)));
    }

    [Fact]
    public async Task R_CALL_6_An_invitee_by_letter_gets_a_letter_to_print_and_the_convener_records_the_answer()
    {
        using var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Bo", familyName: "Brevsson");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Bo Brevsson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{caseId}/invitation", form =>
        {
            form.Set("Input.Form", "InPerson").Set("Input.Place", "Vårdcentralen, rum 2").Set("Input.MeetingDate", CaseSteps.Iso(factory.Today.AddDays(7))).Set("Input.StartTime", "10:00")
                .Set("Input.Others[0].Name", "Syster Lisa");
            form.Remove("Input.UnitIds").Add("Input.UnitIds", Demo.Units.Bistand.ToString());
        }), caseId, "Invitation");

        var letters = await anna.GetPageAsync($"/cases/{caseId}/invitation/letters");
        AssertPage.Ok(letters);
        var letterLink = letters.Links().Single(l => l.Contains("letter=", StringComparison.Ordinal));
        var letter = await anna.GetPageAsync(letterLink);
        Assert.Contains("Till Syster Lisa", letter.MainText, StringComparison.Ordinal);
        Assert.Contains("Bo Brevsson", letter.MainText, StringComparison.Ordinal);
        Assert.Contains("Vårdcentralen, rum 2", letter.MainText, StringComparison.Ordinal);

        using var noReason = await letters.Form("form[action$='/invitation/letters']").Set("Answer", "Declined").PostAsync(anna);
        Assert.Contains((await HtmlPage.ReadAsync(noReason)).ErrorSummary, e => e.StartsWith("Skriv varför ni tackar nej", StringComparison.Ordinal));
        using var recorded = await letters.Form("form[action$='/invitation/letters']").Set("Answer", "Declined").Set("DeclineReason", "Bortrest den veckan").PostAsync(anna);
        AssertPage.Redirects(recorded, $"/cases/{caseId}/invitation/letters");
        var board = (await anna.GetPageAsync($"/cases/{caseId}")).Document.QuerySelector("section[aria-labelledby='invitation-heading']")!.TextContent;
        Assert.Contains("Bortrest den veckan", board, StringComparison.Ordinal);

        // The invited unit answers for itself; the letters are the convener's.
        using var lena = await SignedInAsync(Demo.Lena);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetPageAsync($"/cases/{caseId}/invitation/letters")).Status);
    }

    [Fact]
    public async Task Another_organisations_unit_gets_404_for_the_answer_page_and_its_post()
    {
        var (anna, caseId) = await InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await SignedInAsync(Demo.Lena);
            var form = (await lena.GetPageAsync($"/cases/{caseId}/invitation/answer")).Form($"form[action='/cases/{caseId}/invitation/answer?handler=Accept']");
            using var per = await SignedInAsync(Demo.Per);

            Assert.Equal(HttpStatusCode.NotFound, (await per.GetPageAsync($"/cases/{caseId}/invitation/answer")).Status);
            var token = (await per.GetPageAsync("/inbox")).Form("form.language-form")[HtmlForm.AntiforgeryField]!;
            using var posted = await form.Set(HtmlForm.AntiforgeryField, token).PostAsync(per);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            Assert.Equal(InvitationAnswer.NotAnswered, await AnswerOfAsync(caseId, Demo.Units.Bistand));
        }
    }

    private Task<InvitationAnswer> AnswerOfAsync(Guid caseId, Guid unitId) =>
        factory.WithDbAsync(db => db.InvitationReplies.Where(r => r.CaseId == caseId && r.UnitId == unitId).Select(r => r.Answer).SingleAsync());

    private async Task<(HttpClient Anna, Guid CaseId)> InvitedCaseAsync(params Guid[] units)
    {
        var anna = await SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Kim", familyName: "Kallad");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Kim Kallad", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), units), caseId, "Invitation");
        return (anna, caseId);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = factory.NewClient();
        await client.SignInAsync(user);
        return client;
    }
}
