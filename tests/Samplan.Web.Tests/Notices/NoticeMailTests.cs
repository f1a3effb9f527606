using Microsoft.EntityFrameworkCore;
using MimeKit;
using Samplan.Domain.Cases;
using Samplan.Domain.Notices;
using Samplan.Web.Features.Notices;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Inbox;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Notices;

/// <summary>
/// Notices by e-mail against a real SMTP server (smtp-sink.py): each delivered once and saying
/// nothing about the person, whatever crashes or how many nodes run; never for a case under
/// protected identity or after the person's death; an address that bounces retried with back-off
/// and shown as not delivered to the unit and the convener (R-INIT-3, R-CALL-4, R-PROT-1).
/// </summary>
public sealed class NoticeMailTests
{
    [Fact]
    public async Task R_CALL_4_An_invitation_notice_is_delivered_once_with_its_kind_and_a_link_and_nothing_about_the_person()
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            await using var node = await NoticeSteps.StartNodeAsync(database, sink);
            await node.SetAddressAsync(Demo.Units.Bistand, NoticeSteps.BistandAddress);
            using var anna = await node.SignedInAsync(Demo.Anna);
            var person = TestPersonnummer.NewAdult();
            var caseId = await node.InvitedCaseAsync(anna, person, "Nora", "Notisdottir", Demo.Units.Bistand);

            await node.RunAsync(NoticeSender.JobName);
            await node.RunAsync(NoticeSender.JobName);

            var mail = Assert.Single(await sink.MailsOfAsync(node, caseId));
            Assert.Equal([NoticeSteps.BistandAddress], mail.To.Mailboxes.Select(m => m.Address));
            Assert.Equal("Samplan: En kallelse till ett SIP-möte / An invitation to a SIP meeting", mail.Subject);
            var notice = Assert.Single(await node.NoticesOfAsync(caseId));
            Assert.Equal(NoticeState.Sent, notice.State);
            Assert.Equal($"notice-{notice.Id:N}@samplan.region.example", mail.MessageId);
            Assert.Contains($"https://samplan.region.example{notice.Link}", mail.TextBody, StringComparison.Ordinal);
            // Nor does any other mail sent (the demo data's own notices went out too).
            var all = string.Join("\n", sink.Mails().Select(m => m.Subject + "\n" + m.TextBody));
            foreach (var secret in new[] { "Nora", "Notisdottir", person.Twelve, person.WithHyphen, person.Ten, person.Twelve[2..], CaseReference.For(caseId), caseId.ToString(), "Gottsunda", "Biståndshandläggning", "rum 2" })
            {
                Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Fact]
    public async Task A_crash_between_commit_and_send_still_delivers_each_notice_exactly_once()
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            Guid caseId;
            await using (var first = await NoticeSteps.StartNodeAsync(database, sink))
            {
                await first.SetAddressAsync(Demo.Units.Bistand, NoticeSteps.BistandAddress);
                await first.SetAddressAsync(Demo.Units.Hemtjanst, NoticeSteps.HemtjanstAddress);
                using var anna = await first.SignedInAsync(Demo.Anna);
                caseId = await first.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Kris", "Kraschsson", Demo.Units.Bistand, Demo.Units.Hemtjanst);

                // Both notices are committed with the invitation. The sender claims Hemtjänst's and
                // the node dies before it sends; Biståndet's it never reached.
                var claimed = await first.WithDbAsync(db => db.Notices
                    .Where(n => n.CaseId == caseId && n.UnitId == Demo.Units.Hemtjanst)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.NextAttemptAt, first.Clock.GetUtcNow() + NoticeSender.Claim)));
                Assert.Equal(1, claimed);
            }

            Assert.Empty(sink.Mails());
            await using var second = await NoticeSteps.StartNodeAsync(database, sink);
            await second.RunAsync(NoticeSender.JobName);
            Assert.Equal([NoticeSteps.BistandAddress], (await sink.MailsOfAsync(second, caseId)).SelectMany(m => m.To.Mailboxes).Select(m => m.Address));

            // The dead node's claim runs out, and the notice it held goes too, once.
            second.Clock.Advance(NoticeSender.Claim + TimeSpan.FromSeconds(1));
            await second.RunAsync(NoticeSender.JobName);
            await second.RunAsync(NoticeSender.JobName);
            var to = (await sink.MailsOfAsync(second, caseId)).SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order(StringComparer.Ordinal);
            Assert.Equal([NoticeSteps.BistandAddress, NoticeSteps.HemtjanstAddress], to);
            Assert.All(await second.NoticesOfAsync(caseId), n => Assert.Equal(NoticeState.Sent, n.State));
        });
    }

    [Fact]
    public async Task Two_nodes_on_one_database_send_each_notice_and_each_reminder_once()
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            await using var first = await NoticeSteps.StartNodeAsync(database, sink, loop: true);
            await using var second = await NoticeSteps.StartNodeAsync(database, sink, loop: true);
            await first.SetAddressAsync(Demo.Units.Bistand, NoticeSteps.BistandAddress);
            await first.SetAddressAsync(Demo.Units.Hemtjanst, NoticeSteps.HemtjanstAddress);
            using var anna = await first.SignedInAsync(Demo.Anna);
            var caseId = await first.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Tove", "Tvånodsson", Demo.Units.Bistand, Demo.Units.Hemtjanst);
            Assert.Equal(2, (await sink.WaitForMailsOfAsync(first, caseId, 2)).Count);

            // Three days on, on both nodes: both loops look for unanswered invitations.
            first.Clock.Advance(TimeSpan.FromDays(3));
            second.Clock.Advance(TimeSpan.FromDays(3));
            Assert.Equal(4, (await sink.WaitForMailsOfAsync(first, caseId, 4)).Count);
            // And the same work done past the lease on both at once adds nothing either.
            await Task.WhenAll(first.RunPastTheLeaseAsync(ReminderJob.JobName), second.RunPastTheLeaseAsync(ReminderJob.JobName));
            await Task.Delay(TimeSpan.FromSeconds(2)); // many more rounds of both loops

            var mails = await sink.MailsOfAsync(first, caseId);
            Assert.Equal(4, mails.Count);
            Assert.Equal(4, mails.Select(m => m.MessageId).Distinct().Count());
            foreach (var address in new[] { NoticeSteps.BistandAddress, NoticeSteps.HemtjanstAddress })
            {
                var theirs = mails.Where(m => m.To.Mailboxes.Any(a => a.Address == address)).Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(["Samplan: En kallelse till ett SIP-möte / An invitation to a SIP meeting", "Samplan: Påminnelse: en kallelse väntar på svar / Reminder: an invitation awaits an answer"], theirs);
            }

            var notices = await first.NoticesOfAsync(caseId);
            Assert.Equal(4, notices.Count);
            Assert.All(notices, n => Assert.Equal(NoticeState.Sent, n.State));
        });
    }

    [Theory]
    [InlineData("protected identity")]
    [InlineData("death")]
    public async Task R_PROT_1_Queued_notices_are_cancelled_and_nothing_more_is_sent_under_protected_identity_or_after_death(string what)
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            await using var node = await NoticeSteps.StartNodeAsync(database, sink);
            await node.SetAddressAsync(Demo.Units.Bistand, NoticeSteps.BistandAddress);
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Stina", "Skyddsson", Demo.Units.Bistand);
            Assert.Equal(NoticeState.Pending, Assert.Single(await node.NoticesOfAsync(caseId)).State);

            using var done = what == "death"
                ? await anna.SubmitFormAsync($"/cases/{caseId}/close", form => form.Set("Input.Reason", "PersonDied"))
                : await anna.SubmitFormAsync($"/cases/{caseId}/protected-identity", form => form.Set("Input.Reason", "Skyddad identitet enligt Skatteverket"));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);

            await node.RunAsync(NoticeSender.JobName);
            node.Clock.Advance(TimeSpan.FromDays(3));
            await node.RunAsync(ReminderJob.JobName);
            await node.RunAsync(NoticeSender.JobName);

            Assert.Empty(await sink.MailsOfAsync(node, caseId));
            var notice = Assert.Single(await node.NoticesOfAsync(caseId), n => n.Kind != NoticeKind.MessageToAcknowledge);
            Assert.Equal(NoticeState.Cancelled, notice.State);
            Assert.Equal(what == "death" ? NoticeText.PersonDied : NoticeText.ProtectedIdentity, notice.LastError);
            Assert.DoesNotContain(await node.NoticesOfAsync(caseId), n => n.State == NoticeState.Pending);
        });
    }

    [Fact]
    public async Task An_address_that_bounces_is_retried_with_back_off_then_shown_as_not_delivered_to_the_unit_and_the_convener()
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            await using var node = await NoticeSteps.StartNodeAsync(database, sink);
            await node.SetAddressAsync(Demo.Units.Bistand, "bounce@kommun.example");
            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Bo", "Studsson", Demo.Units.Bistand);

            await node.RunAsync(NoticeSender.JobName);
            var first = Assert.Single(await node.NoticesOfAsync(caseId));
            Assert.Equal((NoticeState.Pending, 1), (first.State, first.Attempts));
            Assert.Contains("No such mailbox", first.LastError, StringComparison.Ordinal);
            Assert.Equal(node.Clock.GetUtcNow() + Notice.BackOff[0], first.NextAttemptAt);

            // Not again before its wait is over; then once per wait, until it is given up.
            await node.RunAsync(NoticeSender.JobName);
            Assert.Equal(1, Assert.Single(await node.NoticesOfAsync(caseId)).Attempts);
            using var lena = await node.SignedInAsync(Demo.Lena);
            var outbox = await lena.GetPageAsync("/notices");
            Assert.Contains("1 försök, nytt försök", outbox.MainText, StringComparison.Ordinal);
            foreach (var wait in Notice.BackOff)
            {
                node.Clock.Advance(wait);
                await node.RunAsync(NoticeSender.JobName);
            }

            var failed = Assert.Single(await node.NoticesOfAsync(caseId));
            Assert.Equal((NoticeState.Failed, Notice.MaxAttempts), (failed.State, failed.Attempts));
            Assert.Empty(await sink.MailsOfAsync(node, caseId));

            // Hours later: both sign in again.
            using var lenaAgain = await node.SignedInAsync(Demo.Lena);
            using var annaAgain = await node.SignedInAsync(Demo.Anna);
            outbox = await lenaAgain.GetPageAsync("/notices");
            var row = outbox.Document.QuerySelector("table.outbox tbody tr.attention");
            Assert.NotNull(row);
            Assert.Contains("Kom inte fram", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("No such mailbox", row.TextContent, StringComparison.Ordinal);
            var board = (await annaAgain.GetPageAsync($"/cases/{caseId}")).Document.QuerySelector("section[aria-labelledby='invitation-heading'] tbody")!;
            Assert.Contains("Kom inte fram", board.TextContent, StringComparison.Ordinal);

            // The unit fixes its address and tries again: queued, audited, delivered once.
            await node.SetAddressAsync(Demo.Units.Bistand, "sip.bistand@kommun.example");
            using (var retried = await lenaAgain.SubmitFormAsync("/notices", form => { }, formSelector: "form[action^='/notices?handler=Retry']"))
            {
                AssertPage.Redirects(retried, "/notices");
            }

            var queued = Assert.Single(await node.NoticesOfAsync(caseId));
            Assert.Equal((NoticeState.Pending, 0), (queued.State, queued.Attempts));
            Assert.Equal(1, await node.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Code == (int)Web.Auditing.AuditAction.NoticeRetried)));
            await node.RunAsync(NoticeSender.JobName);
            await node.RunAsync(NoticeSender.JobName);
            Assert.Equal(["sip.bistand@kommun.example"], Assert.Single(await sink.MailsOfAsync(node, caseId)).To.Mailboxes.Select(m => m.Address));
            Assert.Equal(NoticeState.Sent, Assert.Single(await node.NoticesOfAsync(caseId)).State);
            Assert.Null((await lenaAgain.GetPageAsync("/notices")).Document.QuerySelector("form[action^='/notices?handler=Retry']"));
        });
    }

    [Fact]
    public async Task A_professional_gets_what_they_chose_at_their_own_address_and_a_kind_nobody_asked_for_has_no_address()
    {
        await NoticeSteps.WithSinkAndDatabaseAsync(async (sink, database) =>
        {
            await using var node = await NoticeSteps.StartNodeAsync(database, sink);
            using var lena = await node.SignedInAsync(Demo.Lena);
            using (var chosen = await lena.SubmitFormAsync("/notices/mine", form => form.Remove("Chosen").Add("Chosen", "Invitations")))
            {
                Assert.Contains("Dina val är sparade", (await HtmlPage.ReadAsync(chosen)).MainText, StringComparison.Ordinal);
            }

            using var anna = await node.SignedInAsync(Demo.Anna);
            var caseId = await node.InvitedCaseAsync(anna, TestPersonnummer.NewAdult(), "Vera", "Valsson", Demo.Units.Bistand);
            await anna.SendMessageOkAsync(caseId, "Note", [Demo.Units.Bistand]);
            await node.RunAsync(NoticeSender.JobName);

            var mail = Assert.Single(await sink.MailsOfAsync(node, caseId));
            Assert.Equal(["lena.berg@demo.invalid"], mail.To.Mailboxes.Select(m => m.Address));
            var notices = await node.NoticesOfAsync(caseId);
            Assert.Equal(NoticeState.Sent, notices.Single(n => n.Kind == NoticeKind.Invitation).State);
            Assert.Equal(NoticeState.NoAddress, notices.Single(n => n.Kind == NoticeKind.MessageToAcknowledge).State);
            Assert.Contains("Ingen adress", (await lena.GetPageAsync("/notices")).MainText, StringComparison.Ordinal);
            Assert.Equal(1, await node.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Code == (int)Web.Auditing.AuditAction.NoticeChoicesChanged && e.UserName == "Lena Berg")));
        });
    }
}
