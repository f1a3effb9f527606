using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Inbox;

/// <summary>
/// One message as the acting unit may have it, for the message page and the JSON API: found only
/// when <see cref="MessageVisibility"/> lets the unit see it (null otherwise, the refusal audited,
/// 404), read (the first reading marks the unit's copy, audited in the same save) and acknowledged
/// in the unit's own row with its audit event, so several units acknowledging at once all succeed
/// (R-INIT-3).
/// </summary>
public sealed class MessageActions(SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit)
{
    public async Task<OpenedMessage?> FindAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var unitId = staff.UnitId!.Value;
        var today = clock.Today;
        var message = await MessageVisibility.VisibleTo(db, unitId, today)
            .Include(m => m.Recipients)
            .SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            await audit.WriteAsync(AuditAction.AccessRefused, AuditOutcome.Denied, detail: "message not visible to unit", cancellationToken: cancellationToken);
            return null;
        }

        var subject = await db.Cases.Where(c => c.Id == message.CaseId)
            .Select(c => new { c.IndividualId, c.Initiative, Sees = db.Cases.Where(CaseVisibility.For(unitId, today)).Any(v => v.Id == c.Id) })
            .SingleAsync(cancellationToken);
        var individual = await db.Individuals.AsNoTracking().SingleAsync(i => i.Id == subject.IndividualId, cancellationToken);
        var own = message.RecipientFor(unitId);
        var view = MessageView.For(message, own is not null, subject.Sees, individual.HasProtectedIdentity);
        return new OpenedMessage(message, own, subject.IndividualId, subject.Sees, view, view.ShowsPerson ? individual : null, view.ShowsPerson ? subject.Initiative : null);
    }

    /// <summary>Audits the reading; the first one by the unit also marks its copy read, in the same save.</summary>
    public async Task ReadAsync(OpenedMessage opened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var message = opened.Message;
        if (opened.Own is { } own && own.MarkRead(staff.Ref, clock.Now))
        {
            db.AuditEvents.Add(audit.ForCase(AuditAction.MessageRead, message.CaseId, opened.IndividualId));
            if (await RowSave.TrySaveAsync(db, own, cancellationToken))
            {
                return;
            }

            // Someone of the same unit opened or acknowledged it at this moment: theirs stands.
        }

        await audit.WriteAsync(AuditAction.MessageRead, AuditOutcome.Success, message.CaseId, opened.IndividualId, cancellationToken: cancellationToken);
    }

    /// <summary>Acknowledges for the acting unit; null when saved, else why not (a refused rule, or
    /// <c>message.already-acknowledged</c> when a colleague did it at this moment), the attempt audited.</summary>
    public async Task<DomainRuleException?> AcknowledgeAsync(OpenedMessage opened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var message = opened.Message;
        try
        {
            if (opened.Own is null)
            {
                throw new DomainRuleException("R-INIT-3", "message.not-recipient");
            }

            opened.Own.Acknowledge(staff.Ref, clock.Now);
        }
        catch (DomainRuleException ex)
        {
            await audit.WriteAsync(AuditAction.MessageAcknowledged, AuditOutcome.Refused, message.CaseId, opened.IndividualId, string.Join(",", ex.Violations.Select(v => v.Code)), cancellationToken);
            return ex;
        }

        db.AuditEvents.Add(audit.ForCase(AuditAction.MessageAcknowledged, message.CaseId, opened.IndividualId));
        if (!await RowSave.TrySaveAsync(db, opened.Own, cancellationToken))
        {
            // A colleague at the same unit acknowledged first: nothing of ours was written.
            await audit.WriteAsync(AuditAction.MessageAcknowledged, AuditOutcome.Conflict, message.CaseId, opened.IndividualId, "acknowledged by someone else first", cancellationToken);
            return new DomainRuleException("R-INIT-3", "message.already-acknowledged");
        }

        return null;
    }
}

/// <summary>A message the acting unit sees: its own copy when addressed to it, whether it sees the
/// case now, and what may be shown of the person (<see cref="MessageView"/>).</summary>
public sealed record OpenedMessage(CaseMessage Message, MessageRecipient? Own, Guid IndividualId, bool SeesCase, MessageView View, Individual? Person, Initiative? Initiative);
