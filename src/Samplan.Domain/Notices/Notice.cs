using Samplan.Domain.Common;

namespace Samplan.Domain.Notices;

/// <summary>
/// One notice by e-mail to one unit (and the professionals of it who asked for it), about one
/// thing waiting: a row of the transactional outbox, written in the same save as what it tells of
/// (a message, an invitation) or by the reminder job. It carries no personal data, only its kind
/// and a link. (Kind, Subject, Unit, Occasion) is unique, so a notice or reminder exists once
/// however many nodes try to write it. The sender moves it on: sent, logged, failed and retried
/// with back-off, given up, or cancelled.
/// </summary>
public sealed class Notice
{
    private Notice()
    {
        Link = string.Empty;
    }

    /// <summary>Attempts before a notice is given up as failed.</summary>
    public const int MaxAttempts = 6;

    /// <summary>The longest error text kept (a server's reply can be long).</summary>
    public const int MaxErrorLength = 500;

    /// <summary>Waits before the 2nd, 3rd … attempt: soon first, then less and less often, about a day in all.</summary>
    public static readonly IReadOnlyList<TimeSpan> BackOff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    public Guid Id { get; private set; }

    public NoticeKind Kind { get; private set; }

    /// <summary>What it is about: the message, the invitation or the case, by id.</summary>
    public Guid SubjectId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>Which time this is about the same subject: 0 for a message, the invitation's
    /// sequence for an invitation and its changes, a date as yyyyMMdd for a deadline.</summary>
    public int Occasion { get; private set; }

    /// <summary>The case it belongs to, so a protected identity or a death cancels it.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>Where in Samplan the thing waits, as a path ("/inbox/…"); the mail makes it a link.</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public NoticeState State { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not to be tried before this; also what a sender sets to claim it while sending.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The addresses it went (or was to go) to, comma separated.</summary>
    public string? SentTo { get; private set; }

    /// <summary>The last failure, or why it was cancelled, in words for the outbox page.</summary>
    public string? LastError { get; private set; }

    public static Notice Create(Guid id, NoticeKind kind, Guid subjectId, Guid unitId, int occasion, Guid caseId, string link, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        new Rules()
            .Require(link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal), "R-INIT-3", "notice.link-not-local", nameof(Link))
            .ThrowIfAny();
        return new Notice
        {
            Id = id,
            Kind = kind,
            SubjectId = subjectId,
            UnitId = unitId,
            Occasion = occasion,
            CaseId = caseId,
            Link = link,
            CreatedAt = now,
            NextAttemptAt = now,
            State = NoticeState.Pending,
        };
    }

    /// <summary>A notice that is over before it was sent (a reminder about an invitation no
    /// longer in force): kept, so it is not thought of again, and shown as cancelled.</summary>
    public static Notice CreateCancelled(Guid id, NoticeKind kind, Guid subjectId, Guid unitId, int occasion, Guid caseId, string link, DateTimeOffset now, string reason)
    {
        var notice = Create(id, kind, subjectId, unitId, occasion, caseId, link, now);
        notice.Cancel(reason);
        return notice;
    }

    /// <summary>Which of a professional's choices covers this kind.</summary>
    public static NoticeChoice ChoiceFor(NoticeKind kind) => kind switch
    {
        NoticeKind.MessageToAcknowledge or NoticeKind.AcknowledgementReminder => NoticeChoice.Messages,
        NoticeKind.Invitation or NoticeKind.InvitationChanged or NoticeKind.InvitationReminder => NoticeChoice.Invitations,
        _ => NoticeChoice.Deadlines,
    };

    /// <summary>The occasion of a deadline on <paramref name="date"/>: a new date is a new notice.</summary>
    public static int OccasionOf(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public bool IsFinished => State != NoticeState.Pending;

    public void MarkSent(string to, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        RequirePending();
        Attempts++;
        State = NoticeState.Sent;
        SentAt = now;
        SentTo = to;
        LastError = null;
    }

    /// <summary>No mail server: the notice went to the log, which an operator reads.</summary>
    public void MarkLogged(string to, DateTimeOffset now)
    {
        RequirePending();
        Attempts++;
        State = NoticeState.Logged;
        SentAt = now;
        SentTo = to;
    }

    public void MarkNoAddress(DateTimeOffset now)
    {
        RequirePending();
        State = NoticeState.NoAddress;
        NextAttemptAt = now;
    }

    /// <summary>An attempt that failed: tried again after the next wait of <see cref="BackOff"/>,
    /// or given up as <see cref="NoticeState.Failed"/> after <see cref="MaxAttempts"/>.</summary>
    public void MarkAttemptFailed(string? to, string error, DateTimeOffset now)
    {
        RequirePending();
        Attempts++;
        SentTo = to;
        LastError = Shorten(error);
        if (Attempts >= MaxAttempts)
        {
            State = NoticeState.Failed;
            NextAttemptAt = now;
            return;
        }

        NextAttemptAt = now + BackOff[Math.Min(Attempts, BackOff.Count) - 1];
    }

    /// <summary>Sends a notice that did not arrive once more, when someone has fixed the cause (the
    /// unit's address, the mail server): queued now, with a fresh round of attempts. The last error
    /// stays until it is sent. Only a failed notice, or one that had no address, is tried again.</summary>
    public void Retry(DateTimeOffset now)
    {
        new Rules()
            .Require(State is NoticeState.Failed or NoticeState.NoAddress, "R-INIT-3", "notice.not-failed")
            .ThrowIfAny();
        State = NoticeState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    /// <summary>Never sent from now on; refused once it has been sent (what is sent cannot be called back).</summary>
    public void Cancel(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        new Rules()
            .Require(State is NoticeState.Pending or NoticeState.Cancelled, "R-INIT-3", "notice.already-finished")
            .ThrowIfAny();
        State = NoticeState.Cancelled;
        LastError = Shorten(reason);
    }

    private void RequirePending() =>
        new Rules().Require(State == NoticeState.Pending, "R-INIT-3", "notice.already-finished").ThrowIfAny();

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxErrorLength ? trimmed : trimmed[..MaxErrorLength];
    }
}
