using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;

namespace Samplan.Web.Features.Inbox;

/// <summary>One message, for its recipients and the units that see its case (404 for anyone
/// else). Opening it marks it read for the acting unit; a recipient asked to acknowledge does so
/// here, in a row of its own, so several units acknowledging at once all succeed (R-INIT-3).</summary>
public sealed class MessageModel(SamplanDbContext db, UnitDirectory directory, CurrentStaff staff, SwedishClock clock, AuditLog audit) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public CaseMessage Message { get; private set; } = null!;

    /// <summary>The acting unit's own copy, when the message is addressed to it.</summary>
    public MessageRecipient? Own { get; private set; }

    public MessageView View { get; private set; } = new(false, false);

    /// <summary>Whether the acting unit sees the case now, so the page may link to it.</summary>
    public bool SeesCase { get; private set; }

    /// <summary>The person, only when <see cref="View"/> lets the page show them.</summary>
    public Individual? Person { get; private set; }

    public Initiative? Initiative { get; private set; }

    public IReadOnlyDictionary<Guid, UnitInfo> Units { get; private set; } = new Dictionary<Guid, UnitInfo>();

    public DateOnly Today => clock.Today;

    public string CaseReference => Domain.Cases.CaseReference.For(Message.CaseId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } individualId)
        {
            return NotFound();
        }

        if (Own is not null && Own.MarkRead(staff.Ref, clock.Now))
        {
            // The first reading is a change of the unit's row and is audited with it, in one save.
            db.AuditEvents.Add(audit.ForCase(AuditAction.MessageRead, Message.CaseId, individualId));
            if (await RowSave.TrySaveAsync(db, Own, cancellationToken))
            {
                return Page();
            }

            // Someone of the same unit opened or acknowledged it at this moment: theirs stands.
        }

        await audit.WriteAsync(AuditAction.MessageRead, AuditOutcome.Success, Message.CaseId, individualId, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } individualId)
        {
            return NotFound();
        }

        try
        {
            if (Own is null)
            {
                throw new DomainRuleException("R-INIT-3", "message.not-recipient");
            }

            Own.Acknowledge(staff.Ref, clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex);
            await audit.WriteAsync(AuditAction.MessageAcknowledged, AuditOutcome.Refused, Message.CaseId, individualId, string.Join(",", ex.Violations.Select(v => v.Code)), cancellationToken);
            return Page();
        }

        db.AuditEvents.Add(audit.ForCase(AuditAction.MessageAcknowledged, Message.CaseId, individualId));
        if (!await RowSave.TrySaveAsync(db, Own, cancellationToken))
        {
            // A colleague at the same unit acknowledged first: nothing of ours was written; show theirs.
            await audit.WriteAsync(AuditAction.MessageAcknowledged, AuditOutcome.Conflict, Message.CaseId, individualId, "acknowledged by someone else first", cancellationToken);
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, RuleMessages.For("message.already-acknowledged"));
            return Page();
        }

        TempData["Saved"] = L.T("Meddelandet är kvitterat.", "The message is acknowledged.");
        return Redirect($"/inbox/{Id}");
    }

    public string UnitName(Guid unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Label : L.T("Okänd enhet", "Unknown unit");

    /// <summary>Loads the message if the acting unit may see it, with what the page may show;
    /// the case's individual's id (for the audit row), or null for 404, the refusal audited.</summary>
    private async Task<Guid?> LoadAsync(CancellationToken cancellationToken)
    {
        var unitId = staff.UnitId!.Value;
        var today = clock.Today;
        var message = await MessageVisibility.VisibleTo(db, unitId, today)
            .Include(m => m.Recipients)
            .SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (message is null)
        {
            await audit.WriteAsync(AuditAction.AccessRefused, AuditOutcome.Denied, detail: "message not visible to unit", cancellationToken: cancellationToken);
            return null;
        }

        var subject = await db.Cases.Where(c => c.Id == message.CaseId)
            .Select(c => new { c.IndividualId, c.Initiative, Sees = db.Cases.Where(CaseVisibility.For(unitId, today)).Any(v => v.Id == c.Id) })
            .SingleAsync(cancellationToken);
        var individual = await db.Individuals.AsNoTracking().SingleAsync(i => i.Id == subject.IndividualId, cancellationToken);

        Message = message;
        Own = message.RecipientFor(unitId);
        SeesCase = subject.Sees;
        View = MessageView.For(message, Own is not null, SeesCase, individual.HasProtectedIdentity);
        Person = View.ShowsPerson ? individual : null;
        Initiative = View.ShowsPerson ? subject.Initiative : null;
        Units = (await directory.ByIdsAsync(message.Recipients.Select(r => r.UnitId).Append(message.SenderUnitId), cancellationToken)).ToDictionary(u => u.Id);
        return subject.IndividualId;
    }
}
