using System.Net;
using Ical.Net;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Invitations;

/// <summary>Over HTTP: the end time, the video link with its reminder and the answer-by day the
/// convener sets (R-CALL-2, R-CALL-4, R-CALL-10), as the invitee, the case page, the .ics file and
/// both units' to-do pages show them.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationDetailsTests(SamplanFactory factory)
{
    private const string Link = "https://video.region.example/m/4711";

    [Fact]
    public async Task R_CALL_10_A_video_invitation_carries_its_link_end_time_and_answer_by_day_to_the_invitee_and_the_calendar()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await PreparedCaseAsync(anna, "Vilma Videosson", factory.Today);
        var meetingDay = factory.Today.AddDays(7);
        var answerBy = factory.Today.AddDays(2);

        // A link that is not https is refused in the user's language, and what was typed stays.
        using (var refused = await SendAsync(anna, caseId, meetingDay, answerBy, "http://video.region.example/m/4711"))
        {
            var page = await HtmlPage.ReadAsync(refused);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(page.ErrorSummary, e => e.StartsWith("Möteslänken ska vara en hel adress som börjar med https://", StringComparison.Ordinal));
            Assert.Equal("http://video.region.example/m/4711", page.FieldValue("Input.MeetingLink"));
            Assert.Equal("14:30", page.FieldValue("Input.EndTime"));
        }

        await CaseSteps.ExpectSavedAsync(await SendAsync(anna, caseId, meetingDay, answerBy, Link), caseId, "Invitation");

        var board = (await anna.GetPageAsync($"/cases/{caseId}")).Document.QuerySelector("section[aria-labelledby='invitation-heading']")!.TextContent;
        Assert.Contains("13:00–14:30", board, StringComparison.Ordinal);
        Assert.Contains(Link, board, StringComparison.Ordinal);

        using var lena = await factory.SignedInAsync(Demo.Lena);
        var answer = await lena.GetPageAsync($"/cases/{caseId}/invitation/answer");
        AssertPage.Ok(answer);
        Assert.Contains(Link, answer.Links(), StringComparer.Ordinal);
        Assert.Contains("Sista svarsdag", answer.MainText, StringComparison.Ordinal);
        Assert.Contains("kontrollera varje deltagares identitet", answer.MainText, StringComparison.Ordinal);

        var ics = await lena.GetStringAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative));
        var meeting = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(meetingDay.ToDateTime(new TimeOnly(14, 30)), meeting.DtEnd!.Value);
        Assert.Equal(Link, meeting.Location);
        Assert.Contains(Link, meeting.Description, StringComparison.Ordinal);
        Assert.Contains($"Svara senast {CaseSteps.Iso(answerBy)}", meeting.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Videosson", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_CALL_4_The_invitee_finds_the_invitation_to_answer_on_its_to_do_page_and_the_convener_who_has_not_answered()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await PreparedCaseAsync(anna, "Tova Todosson", factory.Today);
        var answerBy = factory.Today.AddDays(2);
        await CaseSteps.ExpectSavedAsync(await SendAsync(anna, caseId, factory.Today.AddDays(7), answerBy, link: null, form: "InPerson"), caseId, "Invitation");
        var reference = Domain.Cases.CaseReference.For(caseId);

        using var lena = await factory.SignedInAsync(Demo.Lena);
        var toAnswer = (await lena.GetPageAsync("/todo")).Document.QuerySelector("section[aria-labelledby='todo-answer']")!;
        var row = Assert.Single(toAnswer.QuerySelectorAll("li"), li => li.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Equal($"/cases/{caseId}/invitation/answer", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(CaseSteps.Iso(answerBy), row.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Todosson", toAnswer.TextContent, StringComparison.Ordinal);

        var missing = (await anna.GetPageAsync("/todo")).Document.QuerySelector("section[aria-labelledby='todo-missing']")!;
        Assert.Contains(missing.QuerySelectorAll("li"), li => li.TextContent.Contains(reference, StringComparison.Ordinal) && li.TextContent.Contains("1 utan svar", StringComparison.Ordinal));

        using (var accepted = await lena.SubmitFormAsync($"/cases/{caseId}/invitation/answer", form => form.Set("Attendees", "Lena Berg"),
                   formSelector: $"form[action='/cases/{caseId}/invitation/answer?handler=Accept']"))
        {
            AssertPage.Redirects(accepted, $"/cases/{caseId}");
        }

        Assert.DoesNotContain(reference, (await lena.GetPageAsync("/todo")).Document.QuerySelector("section[aria-labelledby='todo-answer']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, (await anna.GetPageAsync("/todo")).Document.QuerySelector("section[aria-labelledby='todo-missing']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_CALL_4_An_answer_by_day_after_the_meeting_is_refused_with_the_form_kept()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await PreparedCaseAsync(anna, "Sven Sentsson", factory.Today);

        using var refused = await SendAsync(anna, caseId, factory.Today.AddDays(3), factory.Today.AddDays(5), Link);

        var page = await HtmlPage.ReadAsync(refused);
        Assert.Contains("Sista svarsdag kan inte vara efter mötet.", page.ErrorSummary);
        Assert.Equal(CaseSteps.Iso(factory.Today.AddDays(5)), page.FieldValue("Input.AnswerBy"));
        Assert.Equal(0, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.InvitationReplies, r => r.CaseId == caseId)));
    }

    internal static async Task<Guid> PreparedCaseAsync(HttpClient anna, string name, DateOnly today)
    {
        var parts = name.Split(' ');
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: parts[0], familyName: parts[1]);
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, name, today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        return caseId;
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient anna, Guid caseId, DateOnly meetingDay, DateOnly answerBy, string? link, string form = "Video") =>
        anna.SubmitFormAsync($"/cases/{caseId}/invitation", f =>
        {
            f.Set("Input.Form", form)
                .Set("Input.Place", form == "Video" ? string.Empty : "Vårdcentralen Gottsunda, rum 2")
                .Set("Input.MeetingDate", CaseSteps.Iso(meetingDay))
                .Set("Input.StartTime", "13:00")
                .Set("Input.EndTime", "14:30")
                .Set("Input.MeetingLink", link ?? string.Empty)
                .Set("Input.AnswerBy", CaseSteps.Iso(answerBy));
            f.Remove("Input.UnitIds");
            f.Add("Input.UnitIds", Demo.Units.Bistand.ToString());
        });
}
