using Samplan.Domain.Common;
using Samplan.Domain.Notices;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Notices;

public class NoticeTests
{
    private static Notice Pending() =>
        Notice.Create(Guid.NewGuid(), NoticeKind.MessageToAcknowledge, Guid.NewGuid(), TestData.KommunUnitId, 0, Guid.NewGuid(), "/inbox/1", TestData.Now);

    [Fact]
    public void A_new_notice_waits_to_be_sent_now()
    {
        var notice = Pending();

        Assert.Equal(NoticeState.Pending, notice.State);
        Assert.Equal(TestData.Now, notice.NextAttemptAt);
        Assert.Equal(0, notice.Attempts);
        Assert.False(notice.IsFinished);
    }

    [Theory]
    [InlineData("https://elsewhere.example/phish")]
    [InlineData("//elsewhere.example/phish")]
    [InlineData("inbox/1")]
    public void A_notice_links_only_into_Samplan(string link)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Notice.Create(Guid.NewGuid(), NoticeKind.Invitation, Guid.NewGuid(), TestData.KommunUnitId, 1, Guid.NewGuid(), link, TestData.Now));

        Assert.True(ex.Has("notice.link-not-local"));
    }

    [Fact]
    public void A_failed_attempt_is_tried_again_later_and_later_and_given_up_after_the_last()
    {
        var notice = Pending();
        var now = TestData.Now;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt < Notice.MaxAttempts; attempt++)
        {
            notice.MarkAttemptFailed("enhet@example.se", "550 mailbox unavailable", now);
            Assert.Equal(NoticeState.Pending, notice.State);
            waits.Add(notice.NextAttemptAt - now);
            now = notice.NextAttemptAt;
        }

        Assert.Equal(Notice.BackOff, waits);
        Assert.True(waits.Zip(waits.Skip(1)).All(p => p.First < p.Second));

        notice.MarkAttemptFailed("enhet@example.se", "550 mailbox unavailable", now);

        Assert.Equal(NoticeState.Failed, notice.State);
        Assert.Equal(Notice.MaxAttempts, notice.Attempts);
        Assert.Equal("550 mailbox unavailable", notice.LastError);
    }

    [Fact]
    public void A_sent_notice_keeps_where_it_went_and_forgets_an_earlier_failure()
    {
        var notice = Pending();
        notice.MarkAttemptFailed("enhet@example.se", "connection refused", TestData.Now);

        notice.MarkSent("enhet@example.se", TestData.Now.AddMinutes(1));

        Assert.Equal(NoticeState.Sent, notice.State);
        Assert.Equal(2, notice.Attempts);
        Assert.Equal(TestData.Now.AddMinutes(1), notice.SentAt);
        Assert.Null(notice.LastError);
    }

    [Fact]
    public void What_is_sent_cannot_be_sent_again_nor_cancelled()
    {
        var notice = Pending();
        notice.MarkSent("enhet@example.se", TestData.Now);

        Assert.True(Assert.Throws<DomainRuleException>(() => notice.MarkSent("enhet@example.se", TestData.Now)).Has("notice.already-finished"));
        Assert.True(Assert.Throws<DomainRuleException>(() => notice.Cancel("skyddad identitet")).Has("notice.already-finished"));
        Assert.Equal(NoticeState.Sent, notice.State);
    }

    [Fact]
    public void A_cancelled_notice_says_why_and_is_never_sent()
    {
        var notice = Pending();

        notice.Cancel("Skyddad identitet");

        Assert.Equal(NoticeState.Cancelled, notice.State);
        Assert.Equal("Skyddad identitet", notice.LastError);
        Assert.True(Assert.Throws<DomainRuleException>(() => notice.MarkSent("enhet@example.se", TestData.Now)).Has("notice.already-finished"));
    }

    [Fact]
    public void A_long_server_reply_is_kept_shortened()
    {
        var notice = Pending();

        notice.MarkAttemptFailed(null, new string('x', 10_000), TestData.Now);

        Assert.Equal(Notice.MaxErrorLength, notice.LastError!.Length);
    }

    [Fact]
    public void Each_kind_falls_under_one_of_a_professionals_choices()
    {
        Assert.Equal(NoticeChoice.Messages, Notice.ChoiceFor(NoticeKind.AcknowledgementReminder));
        Assert.Equal(NoticeChoice.Invitations, Notice.ChoiceFor(NoticeKind.InvitationReminder));
        Assert.Equal(NoticeChoice.Deadlines, Notice.ChoiceFor(NoticeKind.ConsentExpiring));
        Assert.All(Enum.GetValues<NoticeKind>(), k => Assert.NotEqual(NoticeChoice.None, Notice.ChoiceFor(k)));
    }

    [Fact]
    public void A_deadline_date_is_its_own_occasion()
    {
        Assert.Equal(20261207, Notice.OccasionOf(new DateOnly(2026, 12, 7)));
        Assert.NotEqual(Notice.OccasionOf(new DateOnly(2026, 12, 7)), Notice.OccasionOf(new DateOnly(2026, 12, 8)));
    }
}
