using System.Net;
using Ical.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Invitations;

/// <summary>The kallelse as an .ics file, parsed back with Ical.Net: what a calendar program reads.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationCalendarTests(SamplanFactory factory)
{
    [Fact]
    public async Task R_CALL_9_The_invitation_calendar_file_keeps_its_UID_raises_SEQUENCE_on_a_move_is_CANCEL_once_voided_and_names_nobody()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Klara", familyName: "Kalendersson");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Klara Kalendersson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        var meetingDay = factory.Today.AddDays(7);
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, meetingDay, Demo.Units.Bistand), caseId, "Invitation");

        using var lena = factory.NewClient();
        await lena.SignInAsync(Demo.Lena);
        using var first = await lena.GetAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        var text = await first.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Stockholm");
        var meeting = Assert.Single(calendar.Events);
        Assert.EndsWith("@samplan", meeting.Uid, StringComparison.Ordinal);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal("Europe/Stockholm", meeting.DtStart!.TzId);
        Assert.Equal(meetingDay.ToDateTime(new TimeOnly(13, 0)), meeting.DtStart.Value);
        Assert.True(meeting.DtEnd!.Value > meeting.DtStart.Value);
        Assert.Contains(Domain.Cases.CaseReference.For(caseId), meeting.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Kalendersson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Klara", text, StringComparison.Ordinal);

        // The same invitation gives the same UID every time, so calendars update one entry.
        var again = Calendar.Load(await anna.GetStringAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative)))!;
        Assert.Equal(meeting.Uid, Assert.Single(again.Events).Uid);

        // Moved: the same UID, a higher SEQUENCE, the new time; the invitee is told in the inbox.
        using (var moved = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", form => form
                   .Set("MeetingDate", CaseSteps.Iso(meetingDay.AddDays(2))).Set("StartTime", "09:30"),
                   formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Move']"))
        {
            AssertPage.Redirects(moved, $"/cases/{caseId}");
        }

        var afterMove = Assert.Single(Calendar.Load(await lena.GetStringAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative)))!.Events);
        Assert.Equal(meeting.Uid, afterMove.Uid);
        Assert.Equal(1, afterMove.Sequence);
        Assert.Equal(meetingDay.AddDays(2).ToDateTime(new TimeOnly(9, 30)), afterMove.DtStart!.Value);
        var inbox = await lena.GetPageAsync("/inbox");
        Assert.Contains(inbox.Document.QuerySelectorAll("table.inbox tbody tr"), tr =>
            tr.QuerySelector(".case-ref")?.TextContent.Trim() == Domain.Cases.CaseReference.For(caseId) && tr.TextContent.Contains("Kallelsen är ändrad", StringComparison.Ordinal));

        // Voided: the same UID cancelled, with a higher SEQUENCE still.
        using (var voided = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", form => form.Set("VoidReason", "Den enskilde är inlagd"),
                   formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Void']"))
        {
            AssertPage.Redirects(voided, $"/cases/{caseId}");
        }

        var cancelled = Calendar.Load(await anna.GetStringAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative)))!;
        Assert.Equal("CANCEL", cancelled.Method);
        var cancelledEvent = Assert.Single(cancelled.Events);
        Assert.Equal(meeting.Uid, cancelledEvent.Uid);
        Assert.Equal(2, cancelledEvent.Sequence);
        Assert.Equal("CANCELLED", cancelledEvent.Status);

        using var per = factory.NewClient();
        await per.SignInAsync(Demo.Per);
        using var refused = await per.GetAsync(new Uri($"/cases/{caseId}/invitation.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
