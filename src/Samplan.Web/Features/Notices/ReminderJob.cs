using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Domain.Messages;
using Samplan.Domain.Notices;
using Samplan.Web.Features.Todo;
using Samplan.Web.Infrastructure;
using Samplan.Web.Jobs;

namespace Samplan.Web.Features.Notices;

/// <summary>
/// Writes the reminders into the outbox, from the injected clock: a message still not acknowledged
/// after its last day (R-INIT-3), an invitation still not answered <see cref="MailOptions.InvitationReminderAfter"/>
/// (two days) after it was sent (R-CALL-4), a follow-up due within <see cref="TodoQuery.DueHorizonDays"/>
/// days (R-PLAN-8) and a consent that ends within <see cref="TodoQuery.ConsentHorizonDays"/> days
/// (R-CONSENT-8), the same horizons as the to-do page. Each reminder once: the notices' unique key
/// (kind, subject, unit, occasion) is what "once" means, whichever node or run writes it. Only open
/// cases of people without protected identity are reminded of.
/// </summary>
public sealed class ReminderJob(SamplanDbContext db, IOptions<MailOptions> settings, ReminderSchedule schedule, SwedishClock clock, ILogger<ReminderJob> log) : IJob
{
    public const string JobName = "reminders";

    /// <summary>Reminders written per kind and run; the rest follow in the next run.</summary>
    public const int BatchSize = 500;

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var now = clock.Now;
        if (!schedule.TryStart(now, TimeSpan.FromSeconds(options.ReminderIntervalSeconds)))
        {
            return;
        }

        var today = clock.Today;
        var written = await AddAllAsync(await AcknowledgementsAsync(today, cancellationToken), cancellationToken)
            + await AddAllAsync(await InvitationsAsync(now, today, options, cancellationToken), cancellationToken)
            + await AddAllAsync(await FollowUpsAsync(today, cancellationToken), cancellationToken)
            + await AddAllAsync(await ConsentsAsync(today, cancellationToken), cancellationToken);
        if (written > 0)
        {
            log.LogInformation("Reminders: {Count} written", written);
        }
    }

    /// <summary>Open cases of people without protected identity: the only ones reminded of.</summary>
    private IQueryable<SipCase> Remindable =>
        from c in db.Cases
        join i in db.Individuals on c.IndividualId equals i.Id
        where c.Phase != CasePhase.Closed && c.Phase != CasePhase.ManualHandling && !i.HasProtectedIdentity
        select c;

    private async Task<List<Notice>> AcknowledgementsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var due = await (from r in db.MessageRecipients
                         where r.Purpose == MessagePurpose.Acknowledge && r.AcknowledgedAt == null
                         join m in db.Messages on r.MessageId equals m.Id
                         where m.AcknowledgeBy != null && m.AcknowledgeBy < today
                         join c in Remindable on m.CaseId equals c.Id
                         where !db.Notices.Any(n => n.Kind == NoticeKind.AcknowledgementReminder && n.SubjectId == m.Id && n.UnitId == r.UnitId)
                         select new { m.Id, r.UnitId, m.CaseId })
                        .Take(BatchSize).ToListAsync(cancellationToken);
        return [.. due.Select(d => Notice.Create(Guid.CreateVersion7(), NoticeKind.AcknowledgementReminder, d.Id, d.UnitId, 0, d.CaseId, $"/inbox/{d.Id}", now))];
    }

    private async Task<List<Notice>> InvitationsAsync(DateTimeOffset now, DateOnly today, MailOptions options, CancellationToken cancellationToken)
    {
        var sentBefore = now - options.InvitationReminderAfter;
        var due = await (from r in db.InvitationReplies
                         // After the wait, or on the answer-by day if that comes first: reminded once either way.
                         where r.UnitId != null && r.Answer == InvitationAnswer.NotAnswered && (r.InvitedAt <= sentBefore || (r.AnswerBy != null && r.AnswerBy <= today))
                         join c in Remindable on r.CaseId equals c.Id
                         where !db.Notices.Any(n => n.Kind == NoticeKind.InvitationReminder && n.SubjectId == r.InvitationId && n.UnitId == r.UnitId)
                         select new { r.InvitationId, UnitId = r.UnitId!.Value, r.CaseId, c.Invitations })
                        .Take(BatchSize).ToListAsync(cancellationToken);

        // Only the invitation in force is reminded of; one moved past, voided or replaced is kept
        // as a cancelled reminder, so it is not looked at again.
        return [.. due.Select(d =>
        {
            var link = $"/cases/{d.CaseId}/invitation/answer";
            var current = d.Invitations.Count > 0 ? d.Invitations[^1] : null;
            return current is { Voided: null } && current.Id == d.InvitationId && current.MeetingDate >= today
                ? Notice.Create(Guid.CreateVersion7(), NoticeKind.InvitationReminder, d.InvitationId, d.UnitId, 0, d.CaseId, link, now)
                : Notice.CreateCancelled(Guid.CreateVersion7(), NoticeKind.InvitationReminder, d.InvitationId, d.UnitId, 0, d.CaseId, link, now, NoticeText.InvitationOver);
        })];
    }

    private async Task<List<Notice>> FollowUpsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(TodoQuery.DueHorizonDays);
        var due = await Remindable
            .Where(c => c.FollowUpDueOn != null && c.FollowUpDueOn >= today && c.FollowUpDueOn <= horizon)
            .Select(c => new { c.Id, Unit = c.ResponsibleUnitId, On = c.FollowUpDueOn!.Value })
            .Take(BatchSize).ToListAsync(cancellationToken);
        return await NewOnlyAsync(NoticeKind.FollowUpDue, due.Select(d => (d.Id, d.Unit, d.On)), cancellationToken);
    }

    private async Task<List<Notice>> ConsentsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(TodoQuery.ConsentHorizonDays);
        var due = await Remindable
            .Where(c => c.IsSharedWithParticipants && c.ConsentValidUntil != null && c.ConsentValidUntil >= today && c.ConsentValidUntil <= horizon)
            .Select(c => new { c.Id, Unit = c.ResponsibleUnitId, On = c.ConsentValidUntil!.Value })
            .Take(BatchSize).ToListAsync(cancellationToken);
        return await NewOnlyAsync(NoticeKind.ConsentExpiring, due.Select(d => (d.Id, d.Unit, d.On)), cancellationToken);
    }

    /// <summary>A deadline's reminder for each case, unless one exists for the same date: a moved
    /// date is a new occasion, and so a new reminder.</summary>
    private async Task<List<Notice>> NewOnlyAsync(NoticeKind kind, IEnumerable<(Guid CaseId, Guid UnitId, DateOnly On)> due, CancellationToken cancellationToken)
    {
        var candidates = due.ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Select(c => c.CaseId).ToList();
        var existing = (await db.Notices.Where(n => n.Kind == kind && ids.Contains(n.SubjectId))
                .Select(n => new { n.SubjectId, n.UnitId, n.Occasion }).ToListAsync(cancellationToken))
            .Select(n => (n.SubjectId, n.UnitId, n.Occasion)).ToHashSet();
        var now = clock.Now;
        return [.. candidates
            .Where(c => !existing.Contains((c.CaseId, c.UnitId, Notice.OccasionOf(c.On))))
            .Select(c => Notice.Create(Guid.CreateVersion7(), kind, c.CaseId, c.UnitId, Notice.OccasionOf(c.On), c.CaseId, $"/cases/{c.CaseId}", now))];
    }

    /// <summary>Saves the reminders; when another node wrote one of them first, the rest are
    /// saved one by one and the one that exists is left (the unique key refused it).</summary>
    private async Task<int> AddAllAsync(List<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        db.Notices.AddRange(notices);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return notices.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var written = 0;
        foreach (var notice in notices)
        {
            db.Notices.Add(notice);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written++;
            }
            catch (DbUpdateException)
            {
                // Written by another node a moment ago: that one stands.
            }

            db.ChangeTracker.Clear();
        }

        return written;
    }
}
