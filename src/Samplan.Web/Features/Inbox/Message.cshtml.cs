using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Cases;
using Samplan.Domain.Messages;
using Samplan.Domain.People;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;

namespace Samplan.Web.Features.Inbox;

/// <summary>One message, for its recipients and the units that see its case (404 for anyone
/// else). Opening it marks it read for the acting unit; a recipient asked to acknowledge does so
/// here, in a row of its own, so several units acknowledging at once all succeed (R-INIT-3).</summary>
public sealed class MessageModel(MessageActions actions, UnitDirectory directory, SwedishClock clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    private OpenedMessage? opened;

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
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await actions.ReadAsync(opened!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await actions.AcknowledgeAsync(opened!, cancellationToken) is { } refused)
        {
            // Refused, or acknowledged by a colleague first: show the message as it is now.
            if (refused.Has("message.already-acknowledged"))
            {
                await LoadAsync(cancellationToken);
            }

            ModelState.AddRuleViolations(refused);
            return Page();
        }

        TempData["Saved"] = L.T("Meddelandet är kvitterat.", "The message is acknowledged.");
        return Redirect($"/inbox/{Id}");
    }

    public string UnitName(Guid unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Label : L.T("Okänd enhet", "Unknown unit");

    /// <summary>Loads the message if the acting unit may see it, with what the page may show;
    /// false for 404, the refusal audited.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        opened = await actions.FindAsync(Id, cancellationToken);
        if (opened is null)
        {
            return false;
        }

        Message = opened.Message;
        Own = opened.Own;
        SeesCase = opened.SeesCase;
        View = opened.View;
        Person = opened.Person;
        Initiative = opened.Initiative;
        Units = (await directory.ByIdsAsync(Message.Recipients.Select(r => r.UnitId).Append(Message.SenderUnitId), cancellationToken)).ToDictionary(u => u.Id);
        return true;
    }
}
