using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.Notices;
using Samplan.Web.Infrastructure;
using Samplan.Web.Jobs;

namespace Samplan.Web.Features.Notices;

/// <summary>
/// Sends what the outbox holds (R-INIT-3, R-CALL-4, R-PLAN-8, R-CONSENT-8), under the job lease so
/// one node at a time does. Each due notice is first claimed (its next attempt moved a while ahead
/// in one conditional statement), then sent and marked in a save of its own: a node that dies after
/// the claim leaves the notice to be tried again once the claim runs out, and one that dies before
/// it loses nothing. What the mail server refused is tried again with back-off and finally shown as
/// not delivered. A notice whose case went to manual handling (protected identity), ended or whose
/// person died is cancelled instead of sent.
/// </summary>
public sealed class NoticeSender(SamplanDbContext db, IOptions<MailOptions> settings, TimeProvider time, ILogger<NoticeSender> log) : IJob
{
    public const string JobName = "notice-sender";

    /// <summary>Notices per run: a run stays well inside the lease even against a slow server.</summary>
    public const int BatchSize = 20;

    /// <summary>How long a claimed notice is left alone before another run may try it again.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await CancelEndedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Notices.AsNoTracking()
            .Where(n => n.State == NoticeState.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt)
            .Select(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var options = settings.Value;
        using var smtp = options.Configured ? new SmtpClient { Timeout = options.TimeoutSeconds * 1000 } : null;
        try
        {
            foreach (var id in due)
            {
                await SendOneAsync(id, smtp, options, cancellationToken);
            }
        }
        finally
        {
            if (smtp is { IsConnected: true })
            {
                await DisconnectQuietlyAsync(smtp);
            }
        }
    }

    private async Task SendOneAsync(Guid id, SmtpClient? smtp, MailOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimUntil = now + Claim;
        var claimed = await db.Notices
            .Where(n => n.Id == id && n.State == NoticeState.Pending && n.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.NextAttemptAt, claimUntil), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var notice = await db.Notices.SingleAsync(n => n.Id == id, cancellationToken);
        var to = await AddressesAsync(notice, cancellationToken);
        if (to.Count == 0)
        {
            notice.MarkNoAddress(now);
        }
        else if (smtp is null)
        {
            // The embedded default: no mail server, the notice is in the log and on the outbox page.
            log.LogInformation("Notice {Kind} for unit {UnitId} to {To}: {Link} (no mail server configured)", notice.Kind, notice.UnitId, string.Join(", ", to), notice.Link);
            notice.MarkLogged(string.Join(", ", to), now);
        }
        else
        {
            await TrySendAsync(smtp, notice, to, options, cancellationToken);
        }

        if (!await RowSave.TrySaveAsync(db, notice, cancellationToken))
        {
            log.LogWarning("Notice {NoticeId}: changed by someone else while being sent; left as it is", id);
        }

        db.ChangeTracker.Clear();
    }

    private async Task TrySendAsync(SmtpClient smtp, Notice notice, IReadOnlyList<string> to, MailOptions options, CancellationToken cancellationToken)
    {
        var addresses = string.Join(", ", to);
        try
        {
            if (!smtp.IsConnected)
            {
                await smtp.ConnectAsync(options.Host!, options.Port, options.Security, cancellationToken);
                if (!string.IsNullOrEmpty(options.User))
                {
                    await smtp.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken);
                }
            }

            await smtp.SendAsync(NoticeMail.Compose(notice, to, options), cancellationToken);
            notice.MarkSent(addresses, time.GetUtcNow());
            log.LogInformation("Notice {NoticeId} ({Kind}) sent to {To}", notice.Id, notice.Kind, addresses);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
                                       or AuthenticationException or SocketException or IOException or TimeoutException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            notice.MarkAttemptFailed(addresses, ex.Message, time.GetUtcNow());
            log.LogWarning("Notice {NoticeId} ({Kind}) to {To}: attempt {Attempt} failed: {Error}", notice.Id, notice.Kind, addresses, notice.Attempts, ex.Message);
            if (ex is not SmtpCommandException)
            {
                // The connection is in doubt; the next notice starts a new one.
                await DisconnectQuietlyAsync(smtp);
            }
        }
    }

    /// <summary>The unit's own address, and those of its professionals who chose this kind; each
    /// once, and only plain addresses (an account's address is typed by a person).</summary>
    private async Task<IReadOnlyList<string>> AddressesAsync(Notice notice, CancellationToken cancellationToken)
    {
        var choice = Notice.ChoiceFor(notice.Kind);
        var unitAddress = await db.Units.Where(u => u.Id == notice.UnitId).Select(u => u.NoticeAddress).SingleOrDefaultAsync(cancellationToken);
        var staff = await (from a in db.StaffAssignments
                           join u in db.Users on a.UserId equals u.Id
                           where a.UnitId == notice.UnitId && (u.NoticeChoices & choice) == choice && u.Email != null
                           select u.Email).Distinct().Take(50).ToListAsync(cancellationToken);
        return [.. staff.Prepend(unitAddress).OfType<string>().Where(Unit.IsPlainMailAddress).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Cancels the waiting notices of cases that ended, went to manual handling under a
    /// protected identity, or whose person died: what waited for them is over, or may not be told.</summary>
    private async Task CancelEndedAsync(CancellationToken cancellationToken)
    {
        var ended = await (from n in db.Notices
                           where n.State == NoticeState.Pending
                           join c in db.Cases on n.CaseId equals c.Id
                           join i in db.Individuals on c.IndividualId equals i.Id
                           where c.Phase == CasePhase.Closed || c.Phase == CasePhase.ManualHandling || i.HasProtectedIdentity
                           select new { Notice = n, c.Phase, c.Closure, i.HasProtectedIdentity })
                          .Take(200).ToListAsync(cancellationToken);
        if (ended.Count == 0)
        {
            return;
        }

        foreach (var e in ended)
        {
            e.Notice.Cancel(e.HasProtectedIdentity || e.Phase == CasePhase.ManualHandling ? NoticeText.ProtectedIdentity
                : e.Closure?.Reason == CloseReason.PersonDied ? NoticeText.PersonDied : NoticeText.SipEnded);
            var version = db.Entry(e.Notice).Property<int>(SamplanDbContext.VersionProperty);
            version.CurrentValue = version.OriginalValue + 1;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // One of them was claimed and sent meanwhile: the next run cancels the rest.
            log.LogInformation("Notices: cancelling raced with a send; retried next run");
        }

        db.ChangeTracker.Clear();
    }

    private static async Task DisconnectQuietlyAsync(SmtpClient smtp)
    {
        try
        {
            await smtp.DisconnectAsync(true);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
