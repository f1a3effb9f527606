using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samplan.Data;
using Samplan.Domain.Messages;
using Samplan.Domain.Notices;

namespace Samplan.Web.Features.Notices;

/// <summary>
/// The one place where a message that someone must act on becomes a notice by e-mail: every
/// message added in a save adds, in the same save and so the same transaction, one
/// <see cref="Notice"/> per recipient unit that is asked to acknowledge it or invited by it. No
/// feature has to remember to; a message that is rolled back leaves no notice behind, and a
/// notice is never written without its message (the transactional outbox).
/// </summary>
public sealed class NoticeWriter : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Write(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Write(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    private static void Write(DbContext? context)
    {
        if (context is not SamplanDbContext db)
        {
            return;
        }

        // Materialised first: adding notices while walking the tracker would change what is walked.
        var added = db.ChangeTracker.Entries<CaseMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var message in added)
        {
            foreach (var recipient in message.Recipients)
            {
                if (KindFor(message.Kind, recipient.Purpose) is { } kind)
                {
                    db.Notices.Add(Notice.Create(Guid.CreateVersion7(), kind, message.Id, recipient.UnitId, 0, message.CaseId, $"/inbox/{message.Id}", message.SentAt));
                }
            }
        }
    }

    /// <summary>What a recipient is told by mail: an invitation or its change always, any other
    /// message only when it asks to be acknowledged (what is for information waits in the inbox).</summary>
    public static NoticeKind? KindFor(MessageKind kind, MessagePurpose purpose) => kind switch
    {
        MessageKind.Invitation => NoticeKind.Invitation,
        MessageKind.InvitationChanged => NoticeKind.InvitationChanged,
        _ when purpose == MessagePurpose.Acknowledge => NoticeKind.MessageToAcknowledge,
        _ => null,
    };
}
