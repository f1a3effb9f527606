using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Cases;
using Samplan.Domain.Notices;
using Samplan.Web.Features.Notices;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Inbox;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Notices;

/// <summary>
/// Every reminder rule with a fake clock, read from the outbox the reminder job writes: a message
/// not acknowledged after its last day (R-INIT-3), an invitation not answered after two days and
/// not for a unit that answered, nor for a voided invitation (R-CALL-4, R-CALL-9), a follow-up due
/// within a week (R-PLAN-8), a consent that ends within 30 days (R-CONSENT-8); each once, and again
/// only for a new date. No mail server: the notices go to the log.
/// </summary>
public sealed class ReminderTests
{
    [Fact]
    public async Task R_INIT_3_A_message_not_acknowledged_after_its_last_day_is_reminded_of_once_and_not_once_acknowledged()
    {
        await WithNodeAsync(async node =>
        {
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
            await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", node.Today), caseId, "Consent");
            await anna.SendMessageOkAsync(caseId, "Note", [Demo.Units.Bistand, Demo.Units.Hemtjanst]);
            var due = await node.WithDbAsync(db => db.Messages.Where(m => m.CaseId == caseId).Select(m => m.AcknowledgeBy).SingleAsync());
            Assert.NotNull(due);

            // Hemtjänst acknowledges; Biståndet does not.
            using var johan = await node.SignedInAsync(Demo.Johan);
            using (var acknowledged = await johan.AcknowledgeAsync(await johan.MessageAboutAsync(caseId)))
            {
                Assert.Equal(System.Net.HttpStatusCode.Redirect, acknowledged.StatusCode);
            }

            await AdvanceToAsync(node, due.Value);
            await node.RunAsync(ReminderJob.JobName);
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.AcknowledgementReminder);

            await AdvanceToAsync(node, due.Value.AddDays(1));
            await node.RunAsync(ReminderJob.JobName);
            await node.RunAsync(ReminderJob.JobName);
            var reminder = Assert.Single(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.AcknowledgementReminder);
            Assert.Equal(Demo.Units.Bistand, reminder.UnitId);
            Assert.StartsWith("/inbox/", reminder.Link, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task R_CALL_4_An_invitation_unanswered_after_two_days_is_reminded_of_once_and_not_to_a_unit_that_answered()
    {
        await WithNodeAsync(async node =>
        {
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Rut", "Påminnelsesson", Demo.Units.Bistand, Demo.Units.Hemtjanst);
            using var johan = await node.SignedInAsync(Demo.Johan);
            using (var accepted = await johan.SubmitFormAsync($"/cases/{caseId}/invitation/answer", formSelector: $"form[action='/cases/{caseId}/invitation/answer?handler=Accept']"))
            {
                Assert.Equal(System.Net.HttpStatusCode.Redirect, accepted.StatusCode);
            }

            node.Clock.Advance(TimeSpan.FromDays(1));
            await node.RunAsync(ReminderJob.JobName);
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.InvitationReminder);

            // The meeting is moved: the same invitation, still not answered by Biståndet. (A day
            // on, Anna signs in again.)
            using var annaAgain = await node.SignedInAsync(Demo.Anna);
            using (var moved = await annaAgain.SubmitFormAsync($"/cases/{caseId}/invitation/change", f => f.Set("StartTime", "15:00"),
                       formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Move']"))
            {
                Assert.Equal(System.Net.HttpStatusCode.Redirect, moved.StatusCode);
            }

            node.Clock.Advance(TimeSpan.FromDays(1));
            await node.RunAsync(ReminderJob.JobName);
            node.Clock.Advance(TimeSpan.FromDays(1));
            await node.RunAsync(ReminderJob.JobName);
            var reminder = Assert.Single(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.InvitationReminder);
            Assert.Equal((Demo.Units.Bistand, NoticeState.Pending), (reminder.UnitId, reminder.State));
            Assert.Equal($"/cases/{caseId}/invitation/answer", reminder.Link);
            Assert.Equal(InvitationAnswer.Accepted, await node.WithDbAsync(db => db.InvitationReplies.Where(r => r.CaseId == caseId && r.UnitId == Demo.Units.Hemtjanst).Select(r => r.Answer).SingleAsync()));
        });
    }

    [Fact]
    public async Task R_CALL_4_An_invitation_is_reminded_of_on_its_answer_by_day_when_that_comes_before_the_wait_is_over()
    {
        await WithNodeAsync(async node =>
        {
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await Invitations.InvitationDetailsTests.PreparedCaseAsync(anna, "Siv Svarsdagsson", node.Today);
            await CaseSteps.ExpectSavedAsync(await Invitations.InvitationDetailsTests.SendAsync(anna, caseId, node.Today.AddDays(7), node.Today.AddDays(1), link: null, form: "InPerson"), caseId, "Invitation");

            await node.RunAsync(ReminderJob.JobName);
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.InvitationReminder);

            // One day on, before the two days' wait: the answer-by day has come.
            node.Clock.Advance(TimeSpan.FromDays(1));
            await node.RunAsync(ReminderJob.JobName);
            await node.RunAsync(ReminderJob.JobName);
            var reminder = Assert.Single(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.InvitationReminder);
            Assert.Equal((Demo.Units.Bistand, NoticeState.Pending), (reminder.UnitId, reminder.State));
        });
    }

    [Fact]
    public async Task R_CALL_9_A_voided_invitation_is_not_reminded_of()
    {
        await WithNodeAsync(async node =>
        {
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Max", "Makuleradsson", Demo.Units.Bistand);
            using (var voided = await anna.SubmitFormAsync($"/cases/{caseId}/invitation/change", f => f.Set("VoidReason", "Mötet behövs inte"),
                       formSelector: $"form[action='/cases/{caseId}/invitation/change?handler=Void']"))
            {
                Assert.Equal(System.Net.HttpStatusCode.Redirect, voided.StatusCode);
            }

            node.Clock.Advance(TimeSpan.FromDays(3));
            await node.RunAsync(ReminderJob.JobName);

            var notices = await node.NoticesOfAsync(caseId);
            Assert.Contains(notices, n => n.Kind == NoticeKind.InvitationChanged && n.UnitId == Demo.Units.Bistand);
            Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.InvitationReminder && n.State == NoticeState.Pending);
        });
    }

    [Fact]
    public async Task R_PLAN_8_R_CONSENT_8_A_follow_up_within_a_week_and_a_consent_ending_within_30_days_are_reminded_of_once_per_date()
    {
        await WithNodeAsync(async node =>
        {
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
            var today = node.Today;
            using (var consent = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
                       .Set("Input.Kind", "GivenByIndividual").Set("Input.Method", "Oral").Set("Input.GivenBy", "Test Testperson")
                       .Set("Input.GivenOn", CaseSteps.Iso(today)).Set("Input.ValidUntil", CaseSteps.Iso(today.AddDays(40)))))
            {
                await CaseSteps.ExpectSavedAsync(consent, caseId, "Consent");
            }

            await anna.WalkFromConsentToPlanDraftAsync(caseId, today);
            await CaseSteps.ExpectSavedAsync(await anna.SavePlanAsync(caseId, today.AddDays(10), "Du ska kunna bo kvar hemma"), caseId, "Plan");
            await CaseSteps.ExpectSavedAsync(await anna.AgreePlanAsync(caseId, "Test Testperson", today), caseId, "Agree");

            await node.RunAsync(ReminderJob.JobName);
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.Kind is NoticeKind.FollowUpDue or NoticeKind.ConsentExpiring);

            node.Clock.Advance(TimeSpan.FromDays(3)); // follow-up in 7 days
            await node.RunAsync(ReminderJob.JobName);
            var followUp = Assert.Single(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.FollowUpDue);
            Assert.Equal((Demo.Units.Vardcentral, Notice.OccasionOf(today.AddDays(10))), (followUp.UnitId, followUp.Occasion));
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.Kind == NoticeKind.ConsentExpiring);

            node.Clock.Advance(TimeSpan.FromDays(7)); // consent ends in 30 days
            await node.RunAsync(ReminderJob.JobName);
            await node.RunAsync(ReminderJob.JobName);
            var notices = await node.NoticesOfAsync(caseId);
            Assert.Single(notices, n => n.Kind == NoticeKind.FollowUpDue);
            var consentNotice = Assert.Single(notices, n => n.Kind == NoticeKind.ConsentExpiring);
            Assert.Equal(Notice.OccasionOf(today.AddDays(40)), consentNotice.Occasion);

            // A new end date is a new occasion: reminded again, once.
            await node.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentValidUntil, today.AddDays(45))));
            node.Clock.Advance(TimeSpan.FromDays(5));
            await node.RunAsync(ReminderJob.JobName);
            Assert.Equal(2, (await node.NoticesOfAsync(caseId)).Count(n => n.Kind == NoticeKind.ConsentExpiring));
        });
    }

    [Fact]
    public async Task Without_a_mail_server_a_notice_is_written_to_the_log_and_marked_so()
    {
        await WithNodeAsync(async node =>
        {
            await node.SetAddressAsync(Demo.Units.Bistand, NoticeSteps.BistandAddress);
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Lo", "Loggsson", Demo.Units.Bistand);
            await node.RunAsync(NoticeSender.JobName);

            var notice = Assert.Single(await node.NoticesOfAsync(caseId));
            Assert.Equal((NoticeState.Logged, NoticeSteps.BistandAddress), (notice.State, notice.SentTo));
            using var lena = await node.SignedInAsync(Demo.Lena);
            var outbox = await lena.GetPageAsync("/notices");
            Assert.Contains("Ingen e-postserver är inställd", outbox.MainText, StringComparison.Ordinal);
            Assert.Contains("Skrivet till loggen", outbox.MainText, StringComparison.Ordinal);
        });
    }

    private static Task WithNodeAsync(Func<AppNodeFactory, Task> test) =>
        NoticeSteps.WithDatabaseAsync(async database =>
        {
            await using var node = await NoticeSteps.StartNodeAsync(database, sink: null);
            await test(node);
        });

    /// <summary>Moves the clock to 10 o'clock Swedish time on <paramref name="date"/>.</summary>
    private static Task AdvanceToAsync(SamplanFactory node, DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        if (target > node.Clock.GetUtcNow())
        {
            node.Clock.Advance(target - node.Clock.GetUtcNow());
        }

        return Task.CompletedTask;
    }
}
