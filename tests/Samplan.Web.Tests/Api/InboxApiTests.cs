using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Inbox;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Api;

/// <summary>R-INIT-3 over the JSON API: a unit lists its inbox, opens a message and acknowledges it
/// with the message page's own rules and audit events; another organisation's unit gets 404.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InboxApiTests(SamplanFactory factory)
{
    [Fact]
    public async Task R_INIT_3_A_unit_lists_its_inbox_opens_the_message_and_acknowledges_it_each_audited()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Ines", familyName: "Inkorgsdotter");
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand]);
        using var lena = await factory.SignedInAsync(Demo.Lena);

        var inbox = await lena.GetJsonAsync("/api/v1/inbox");
        var row = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(Domain.Cases.CaseReference.For(caseId), row.GetProperty("caseReference").GetString());
        Assert.Equal("initiative", row.GetProperty("kind").GetString());
        Assert.Equal("acknowledge", row.GetProperty("purpose").GetString());
        Assert.True(row.GetProperty("awaitsAcknowledgement").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("readAt").ValueKind);
        Assert.Contains("Vårdcentralen Gottsunda", row.GetProperty("sender").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Inkorgsdotter", inbox.ToString(), StringComparison.Ordinal);
        var messageId = row.GetProperty("messageId").GetGuid();

        // Before consent the message names nobody, as on the page.
        var message = await lena.GetJsonAsync($"/api/v1/messages/{messageId}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, message.GetProperty("person").ValueKind);
        Assert.DoesNotContain("Inkorgsdotter", message.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, message.GetProperty("own").GetProperty("readAt").ValueKind);
        Assert.NotNull(await factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId).Select(r => r.ReadAt).SingleAsync()));

        using var acknowledged = await lena.PostJsonAsync($"/api/v1/messages/{messageId}/acknowledge");
        var own = await ApiSteps.ReadAsync(acknowledged, HttpStatusCode.OK, "acknowledge");
        Assert.Equal("Lena Berg", own.GetProperty("acknowledgedBy").GetString());
        Assert.False(own.GetProperty("awaitsAcknowledgement").GetBoolean());

        var stored = await factory.WithDbAsync(db => db.MessageRecipients.AsNoTracking().SingleAsync(r => r.MessageId == messageId));
        Assert.NotNull(stored.AcknowledgedAt);
        Assert.Equal("Lena Berg", stored.AcknowledgedBy);
        var audited = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.CaseId == caseId && e.UnitId == Demo.Units.Bistand).Select(e => new { e.Code, e.Outcome }).ToListAsync());
        Assert.Contains(audited, e => e.Code == (int)AuditAction.MessageRead && e.Outcome == AuditOutcome.Success);
        Assert.Contains(audited, e => e.Code == (int)AuditAction.MessageAcknowledged && e.Outcome == AuditOutcome.Success);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.UnitId == Demo.Units.Bistand && e.Code == (int)AuditAction.InboxViewed)));

        var after = await lena.GetJsonAsync("/api/v1/inbox");
        Assert.False(after.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("messageId").GetGuid() == messageId).GetProperty("awaitsAcknowledgement").GetBoolean());
    }

    [Fact]
    public async Task R_INIT_3_A_second_acknowledgement_is_409_with_who_acknowledged_first_and_changes_nothing()
    {
        var (messageId, caseId) = await MessageToBistandAsync();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using (var first = await lena.PostJsonAsync($"/api/v1/messages/{messageId}/acknowledge"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var acknowledgedAt = await AcknowledgedAtAsync(messageId);
        using var again = await lena.PostJsonAsync($"/api/v1/messages/{messageId}/acknowledge");

        var problem = await ApiSteps.ProblemAsync(again, HttpStatusCode.Conflict, "message.already-acknowledged");
        Assert.Equal("Meddelandet är redan kvitterat.", problem.GetProperty("detail").GetString());
        Assert.Equal("Lena Berg", problem.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(acknowledgedAt, await AcknowledgedAtAsync(messageId));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.CaseId == caseId && e.Code == (int)AuditAction.MessageAcknowledged && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task A_message_for_information_only_cannot_be_acknowledged_and_says_why_in_English_when_asked()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand, Demo.Units.Hemtjanst], informOnly: [Demo.Units.Hemtjanst]);
        using var johan = await factory.SignedInAsync(Demo.Johan);
        var messageId = (await johan.GetJsonAsync("/api/v1/inbox")).GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("caseId").GetGuid() == caseId).GetProperty("messageId").GetGuid();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/messages/{messageId}/acknowledge", UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var refused = await johan.SendAsync(request);

        var problem = await ApiSteps.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "message.information-only");
        var violation = problem.GetProperty("violations").EnumerateArray().Single();
        Assert.Equal("R-INIT-3", violation.GetProperty("rule").GetString());
        Assert.Equal(problem.GetProperty("detail").GetString(), violation.GetProperty("message").GetString());
        Assert.Equal("Refused by the rules", problem.GetProperty("title").GetString());
        Assert.Null(await factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId && r.UnitId == Demo.Units.Hemtjanst).Select(r => r.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task Another_organisations_unit_gets_404_for_the_message_and_its_acknowledgement_and_does_not_see_it_listed()
    {
        var (messageId, _) = await MessageToBistandAsync();
        using var per = await factory.SignedInAsync(Demo.Per);
        var perUserId = await factory.UserIdAsync(Demo.Per);
        var refusedBefore = await RefusedMessageLooksAsync(perUserId);

        using (var get = await per.GetAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative)))
        {
            var problem = await ApiSteps.ProblemAsync(get, HttpStatusCode.NotFound);
            Assert.Equal("Finns inte", problem.GetProperty("title").GetString());
        }

        using (var missing = await per.GetAsync(new Uri($"/api/v1/messages/{Guid.NewGuid()}", UriKind.Relative)))
        using (var real = await per.GetAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative)))
        {
            // The same answer for a message that does not exist: ids cannot be probed.
            Assert.Equal(await missing.Content.ReadAsStringAsync(), await real.Content.ReadAsStringAsync());
        }

        using var ack = await per.PostJsonAsync($"/api/v1/messages/{messageId}/acknowledge");
        await ApiSteps.ProblemAsync(ack, HttpStatusCode.NotFound);
        Assert.DoesNotContain(messageId.ToString(), (await per.GetJsonAsync("/api/v1/inbox")).ToString(), StringComparison.Ordinal);
        Assert.Null(await AcknowledgedAtAsync(messageId));
        Assert.Equal(refusedBefore + 4, await RefusedMessageLooksAsync(perUserId));
    }

    [Fact]
    public async Task A_form_post_to_the_API_is_415_and_acknowledges_nothing()
    {
        var (messageId, _) = await MessageToBistandAsync();
        using var lena = await factory.SignedInAsync(Demo.Lena);

        using var form = await lena.PostAsync(new Uri($"/api/v1/messages/{messageId}/acknowledge", UriKind.Relative), new FormUrlEncodedContent([]));
        using var text = await lena.PostRawAsync($"/api/v1/messages/{messageId}/acknowledge", "{}", "text/plain");

        await ApiSteps.ProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
        await ApiSteps.ProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        Assert.Null(await AcknowledgedAtAsync(messageId));
    }

    [Fact]
    public async Task R_INIT_3_Five_units_acknowledging_the_same_message_over_the_API_at_once_all_succeed()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        Guid[] units = [Demo.Units.Bistand, Demo.Units.Hemtjanst, Demo.Units.Medicinavdelning, InvitationApiTests.Elevhalsa, Demo.Units.Psykiatri];
        await anna.SendMessageOkAsync(caseId, "Initiative", units);
        var clients = await InvitationApiTests.FiveInviteesAsync(factory);
        try
        {
            var messageId = await clients[0].MessageAboutAsync(caseId);
            var answers = await Task.WhenAll(clients.Select(c => c.PostJsonAsync($"/api/v1/messages/{messageId}/acknowledge")));
            foreach (var answer in answers)
            {
                await ApiSteps.ReadAsync(answer, HttpStatusCode.OK, "acknowledge");
                answer.Dispose();
            }

            Assert.Equal(5, await factory.WithDbAsync(db => db.MessageRecipients.CountAsync(r => r.MessageId == messageId && r.AcknowledgedAt != null)));
            Assert.Equal(5, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Code == (int)AuditAction.MessageAcknowledged && e.Outcome == AuditOutcome.Success)));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private async Task<(Guid MessageId, Guid CaseId)> MessageToBistandAsync()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand]);
        var messageId = await factory.WithDbAsync(db => db.Messages.Where(m => m.CaseId == caseId).Select(m => m.Id).SingleAsync());
        return (messageId, caseId);
    }

    private Task<int> RefusedMessageLooksAsync(string userId) =>
        factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.UserId == userId && e.Code == (int)AuditAction.AccessRefused && e.Detail == "message not visible to unit"));

    private Task<DateTimeOffset?> AcknowledgedAtAsync(Guid messageId) =>
        factory.WithDbAsync(db => db.MessageRecipients.Where(r => r.MessageId == messageId).Select(r => r.AcknowledgedAt).SingleAsync());
}
