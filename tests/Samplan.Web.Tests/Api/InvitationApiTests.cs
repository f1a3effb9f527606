using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Api;

/// <summary>R-CALL-4 and R-CALL-9 over the JSON API: an invited unit lists its invitations and
/// answers one in its own row, audited as on the answer page; an answer to an invitation that
/// moved or was voided is 409 and takes nothing; a refused answer is 422 with the rule's message;
/// bad input is 400; another organisation's unit gets 404.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationApiTests(SamplanFactory factory)
{
    public static readonly Guid Elevhalsa = Guid.Parse("0b000000-0000-0000-0000-000000000007");

    [Fact]
    public async Task R_CALL_4_An_invited_unit_lists_the_invitation_accepts_it_and_the_answer_is_audited()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await factory.SignedInAsync(Demo.Lena);
            var invitation = await lena.InvitationForAsync(caseId);
            Assert.Equal(0, invitation.GetProperty("sequence").GetInt32());
            Assert.Equal("inPerson", invitation.GetProperty("form").GetString());
            Assert.Equal(CaseSteps.Iso(factory.Today.AddDays(7)), invitation.GetProperty("meetingDate").GetString());
            Assert.Equal("Vårdcentralen Gottsunda, rum 2", invitation.GetProperty("place").GetString());
            // No answer-by day was set: answers are due by the meeting day.
            Assert.Equal(CaseSteps.Iso(factory.Today.AddDays(7)), invitation.GetProperty("answerBy").GetString());
            Assert.Equal("notAnswered", invitation.GetProperty("answer").GetString());
            Assert.DoesNotContain("Anropsson", invitation.ToString(), StringComparison.Ordinal);

            using var accepted = await lena.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "accept", attendees: "Lena Berg"));

            var row = await ApiSteps.ReadAsync(accepted, HttpStatusCode.OK, "accept");
            Assert.Equal("accepted", row.GetProperty("answer").GetString());
            Assert.Equal("Lena Berg", row.GetProperty("attendees").GetString());
            var stored = await ReplyAsync(caseId, Demo.Units.Bistand);
            Assert.Equal(InvitationAnswer.Accepted, stored.Answer);
            Assert.NotNull(stored.AcknowledgedAt);
            Assert.Equal("accepted", (await lena.InvitationForAsync(caseId)).GetProperty("answer").GetString());
            var answered = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
                .Where(e => e.CaseId == caseId && e.UnitId == Demo.Units.Bistand && e.Code == (int)AuditAction.InvitationAnswered).ToListAsync());
            var audit = Assert.Single(answered);
            Assert.Equal(AuditOutcome.Success, audit.Outcome);
            Assert.Equal("Accepted", audit.Detail);
            Assert.NotNull(audit.IndividualId);
        }
    }

    [Fact]
    public async Task R_CALL_4_Acknowledging_then_declining_with_a_reason_works_and_declining_without_one_is_422()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Hemtjanst);
        using (anna)
        {
            using var johan = await factory.SignedInAsync(Demo.Johan);
            var invitation = await johan.InvitationForAsync(caseId);
            using (var acknowledged = await johan.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "acknowledge")))
            {
                Assert.Equal("acknowledged", (await ApiSteps.ReadAsync(acknowledged, HttpStatusCode.OK, "acknowledge")).GetProperty("answer").GetString());
            }

            using (var noReason = await johan.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "decline", declineReason: "   ")))
            {
                var problem = await ApiSteps.ProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, "invitation.decline-reason-missing");
                Assert.StartsWith("Skriv varför ni tackar nej", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.Equal("declineReason", problem.GetProperty("violations")[0].GetProperty("field").GetString());
            }

            Assert.Equal(InvitationAnswer.Acknowledged, (await ReplyAsync(caseId, Demo.Units.Hemtjanst)).Answer);
            Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.CaseId == caseId && e.Code == (int)AuditAction.CaseChanged && e.Outcome == AuditOutcome.Refused && e.Detail == "invitation.decline-reason-missing")));

            using var declined = await johan.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "decline", declineReason: "Krock med annat möte"));
            Assert.Equal("declined", (await ApiSteps.ReadAsync(declined, HttpStatusCode.OK, "decline")).GetProperty("answer").GetString());
            Assert.Equal("Krock med annat möte", (await ReplyAsync(caseId, Demo.Units.Hemtjanst)).DeclineReason);
        }
    }

    [Fact]
    public async Task R_CALL_9_An_answer_to_an_invitation_moved_since_it_was_listed_is_409_with_the_current_version_and_takes_nothing()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await factory.SignedInAsync(Demo.Lena);
            var listed = await lena.InvitationForAsync(caseId);
            using (var moved = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", f => f.Set("StartTime", "15:00"),
                       formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Move']"))
            {
                AssertPage.Redirects(moved, $"/cases/{caseId}");
            }

            using var stale = await lena.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(listed, "accept", attendees: "Lena Berg"));

            var problem = await ApiSteps.ProblemAsync(stale, HttpStatusCode.Conflict, "invitation.changed");
            Assert.StartsWith("Kallelsen har ändrats sedan du öppnade den", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, problem.GetProperty("sequence").GetInt32());
            Assert.False(problem.GetProperty("voided").GetBoolean());
            Assert.Equal(InvitationAnswer.NotAnswered, (await ReplyAsync(caseId, Demo.Units.Bistand)).Answer);

            // Answered again for the invitation as it is now, it is taken.
            var now = await lena.InvitationForAsync(caseId);
            Assert.Equal("15:00:00", now.GetProperty("startTime").GetString());
            using var fresh = await lena.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(now, "accept", attendees: "Lena Berg"));
            await ApiSteps.ReadAsync(fresh, HttpStatusCode.OK, "fresh answer");
            Assert.Equal(InvitationAnswer.Accepted, (await ReplyAsync(caseId, Demo.Units.Bistand)).Answer);
        }
    }

    [Fact]
    public async Task R_CALL_9_An_answer_to_a_voided_invitation_is_409_and_the_invitation_leaves_the_list()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await factory.SignedInAsync(Demo.Lena);
            var listed = await lena.InvitationForAsync(caseId);
            using (var voided = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", form => form.Set("VoidReason", "Den enskilde är inlagd"),
                       formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Void']"))
            {
                AssertPage.Redirects(voided, $"/cases/{caseId}");
            }

            using var late = await lena.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(listed, "acknowledge"));

            var problem = await ApiSteps.ProblemAsync(late, HttpStatusCode.Conflict, "invitation.voided");
            Assert.True(problem.GetProperty("voided").GetBoolean());
            Assert.Equal(InvitationAnswer.NotAnswered, (await ReplyAsync(caseId, Demo.Units.Bistand)).Answer);
            Assert.DoesNotContain(caseId.ToString(), (await lena.GetJsonAsync("/api/v1/invitations")).ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_input_is_400_and_an_oversized_body_413_never_500_and_nothing_is_saved()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await factory.SignedInAsync(Demo.Lena);
            var invitation = await lena.InvitationForAsync(caseId);
            var url = $"/api/v1/cases/{caseId}/invitation/answer";

            using (var longReason = await lena.PostJsonAsync(url, ApiSteps.Answer(invitation, "decline", declineReason: new string('x', 10_000))))
            {
                var problem = await ApiSteps.ReadAsync(longReason, HttpStatusCode.BadRequest, "10,000 characters");
                var message = problem.GetProperty("errors").GetProperty("declineReason")[0].GetString()!;
                Assert.StartsWith("Högst 1", message, StringComparison.Ordinal);
                Assert.Contains("tecken", message, StringComparison.Ordinal);
            }

            using (var nul = await lena.PostJsonAsync(url, ApiSteps.Answer(invitation, "accept", attendees: "Lena\0Berg")))
            {
                Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
            }

            foreach (var body in new[] { "{", "not json", "[]", "{\"invitationId\":\"x\",\"sequence\":0,\"answer\":\"accept\"}", "{\"sequence\":0,\"answer\":\"accept\"}", $"{{\"invitationId\":\"{invitation.GetProperty("invitationId").GetGuid()}\",\"sequence\":0,\"answer\":\"maybe\"}}", string.Empty })
            {
                using var malformed = await lena.PostRawAsync(url, body);
                var problem = await ApiSteps.ReadAsync(malformed, HttpStatusCode.BadRequest, $"body {body}");
                Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
                Assert.Equal("Ogiltig JSON", problem.GetProperty("title").GetString());
            }

            using (var huge = await lena.PostRawAsync(url, $"{{\"declineReason\":\"{new string('x', 200_000)}\"}}"))
            {
                await ApiSteps.ReadAsync(huge, HttpStatusCode.RequestEntityTooLarge, "200 kB");
            }

            Assert.Equal(InvitationAnswer.NotAnswered, (await ReplyAsync(caseId, Demo.Units.Bistand)).Answer);
        }
    }

    [Fact]
    public async Task Another_organisations_unit_gets_404_for_the_answer_and_a_participating_unit_not_invited_403()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand);
        using (anna)
        {
            using var lena = await factory.SignedInAsync(Demo.Lena);
            var invitation = await lena.InvitationForAsync(caseId);
            using var per = await factory.SignedInAsync(Demo.Per);

            using (var foreign = await per.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "accept")))
            using (var missing = await per.PostJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/invitation/answer", ApiSteps.Answer(invitation, "accept")))
            {
                await ApiSteps.ProblemAsync(foreign, HttpStatusCode.NotFound);
                Assert.Equal(await missing.Content.ReadAsStringAsync(), await foreign.Content.ReadAsStringAsync());
            }

            using (var garbage = await per.PostRawAsync($"/api/v1/cases/{caseId}/invitation/answer", "{"))
            {
                await ApiSteps.ProblemAsync(garbage, HttpStatusCode.NotFound);
            }

            Assert.DoesNotContain(caseId.ToString(), (await per.GetJsonAsync("/api/v1/invitations")).ToString(), StringComparison.Ordinal);

            // The convener sees the case but is not invited: the answer is not hers to give.
            using var own = await anna.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer", ApiSteps.Answer(invitation, "accept"));
            await ApiSteps.ProblemAsync(own, HttpStatusCode.Forbidden, "access.invitee-only");
            Assert.Equal(InvitationAnswer.NotAnswered, (await ReplyAsync(caseId, Demo.Units.Bistand)).Answer);
        }
    }

    [Fact]
    public async Task R_CALL_4_Five_units_answering_the_same_invitation_over_the_API_at_once_all_succeed()
    {
        var (anna, caseId) = await factory.InvitedCaseAsync(Demo.Units.Bistand, Demo.Units.Hemtjanst, Demo.Units.Medicinavdelning, Elevhalsa, Demo.Units.Psykiatri);
        using (anna)
        {
            var clients = await FiveInviteesAsync(factory);
            try
            {
                var invitations = new List<System.Text.Json.JsonElement>();
                foreach (var client in clients)
                {
                    invitations.Add(await client.InvitationForAsync(caseId));
                }

                var answers = await Task.WhenAll(clients.Select((client, i) => client.PostJsonAsync($"/api/v1/cases/{caseId}/invitation/answer",
                    i < 3 ? ApiSteps.Answer(invitations[i], "accept", attendees: $"Deltagare {i}") : ApiSteps.Answer(invitations[i], "decline", declineReason: $"Krock {i}"))));
                foreach (var answer in answers)
                {
                    await ApiSteps.ReadAsync(answer, HttpStatusCode.OK, "concurrent answer");
                    answer.Dispose();
                }

                var stored = await factory.WithDbAsync(db => db.InvitationReplies.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync());
                Assert.Equal(3, stored.Count(r => r.Answer == InvitationAnswer.Accepted));
                Assert.Equal(2, stored.Count(r => r.Answer == InvitationAnswer.Declined));
                Assert.Equal(5, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Code == (int)AuditAction.InvitationAnswered && e.Outcome == AuditOutcome.Success)));
            }
            finally
            {
                clients.ForEach(c => c.Dispose());
            }
        }
    }

    /// <summary>Signed-in clients of Biståndshandläggning, Hemtjänst, the medicine ward, Elevhälsan and psychiatry.</summary>
    internal static async Task<List<HttpClient>> FiveInviteesAsync(SamplanFactory factory)
    {
        var clients = new List<HttpClient>
        {
            await factory.SignedInAsync(Demo.Lena), await factory.SignedInAsync(Demo.Johan), await factory.SignedInAsync(Demo.Karin), await factory.SignedInAsync(Demo.Maria),
        };
        var eva = factory.NewClient();
        await eva.SignInForUnitAsync(Demo.Eva, "Psykiatri");
        clients.Add(eva);
        return clients;
    }

    private Task<Domain.Invitations.InvitationReply> ReplyAsync(Guid caseId, Guid unitId) =>
        factory.WithDbAsync(db => db.InvitationReplies.AsNoTracking().SingleAsync(r => r.CaseId == caseId && r.UnitId == unitId));
}
