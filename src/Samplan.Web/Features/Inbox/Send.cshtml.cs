using Microsoft.AspNetCore.Mvc;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.Messages;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Inbox;

/// <summary>Sends a message about the case to units, each for acknowledgement or for information:
/// the initiative to the prospective participants (R-INIT-3), the discharge notice (R-DISCH-1) or a
/// later message. The message, the units that now take part, the history, the audit event and the
/// outbox row are one save.</summary>
public sealed class SendModel(CaseRepository cases, SamplanDbContext db, UnitDirectory directory, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.SendMessage;

    [BindProperty]
    public MessageInput Input { get; set; } = new();

    /// <summary>The units offered without a search: those the case names, never the acting unit.</summary>
    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public IReadOnlyList<UnitInfo> Found { get; private set; } = [];

    public bool Searched { get; private set; }

    /// <summary>Only the responsible unit reaches units outside the case (CaseMessage.Send).</summary>
    public bool MaySearch => Relations.HasFlag(CaseRelation.Responsible);

    /// <summary>The kinds this unit may send now; the first is the one the form starts with.</summary>
    public IReadOnlyList<MessageKind> Kinds { get; private set; } = [];

    /// <summary>Whether the case may be named in the message: otherwise it carries no own words.</summary>
    public bool MayNamePerson => Case.IsSharedOn(clock.Today);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        Input.Kind = Kinds.Count > 0 ? Kinds[0] : MessageKind.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostSearchUnitsAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        if (MaySearch)
        {
            var found = await directory.SearchAsync(Input.UnitQuery, UnitSearchEndpoint.Invitable, cancellationToken: cancellationToken);
            Found = [.. found.Where(u => u.Id != staff.UnitId && Units.All(k => k.Id != u.Id))];
            Searched = true;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        var posted = await directory.ByIdsAsync(Input.UnitIds, cancellationToken);
        if (Input.UnitIds.Any(id => posted.All(u => u.Id != id)))
        {
            ModelState.AddModelError("Input.Recipients", T("En vald verksamhet finns inte i katalogen. Sök fram den igen.", "A chosen unit is not in the directory. Search for it again."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recipients = posted
            .Select(u => (u.Id, Input.InformOnlyIds.Contains(u.Id) ? MessagePurpose.Information : MessagePurpose.Acknowledge))
            .ToList();
        return await ApplyAsync(c =>
        {
            var message = CaseMessage.Send(Guid.CreateVersion7(), c, Input.Kind, recipients, Input.Text, staff.Ref, clock.Now);
            c.RecordMessageSent(message, staff.Ref, clock.Now);
            db.Messages.Add(message);
        }, T("Meddelandet är skickat.", "The message is sent."), cancellationToken, next: $"/cases/{Id}/messages");
    }

    private async Task LoadUnitsAsync(CancellationToken cancellationToken)
    {
        var known = (await directory.ForCaseAsync(Case, cancellationToken)).Where(u => u.Id != staff.UnitId).ToList();
        if (MaySearch)
        {
            known.AddRange(await directory.ByIdsAsync(Input.UnitIds.Where(id => known.All(u => u.Id != id)), cancellationToken));
        }

        Units = [.. known.Where(u => u.UnitKind.TakesPartInPlans()).OrderBy(u => u.OrganisationName).ThenBy(u => u.Name)];
        var kinds = new List<MessageKind>();
        if (MaySearch && Case.Phase is CasePhase.Initiated or CasePhase.Preparing)
        {
            if (Case.Initiative.DischargeReadyOn is not null)
            {
                kinds.Add(MessageKind.DischargeReady);
            }

            kinds.Add(MessageKind.Initiative);
        }

        kinds.Add(MessageKind.Note);
        Kinds = kinds;
    }
}

/// <summary>The message as the form holds it: the ticked units, those of them only informed, the kind and the text.</summary>
public sealed class MessageInput
{
    public MessageKind Kind { get; set; } = MessageKind.Note;

    public List<Guid> UnitIds { get; set; } = [];

    /// <summary>The ticked units that are told for information only (för kännedom); the rest must acknowledge.</summary>
    public List<Guid> InformOnlyIds { get; set; } = [];

    [FieldLimit(FieldLimitAttribute.Text)]
    public string? Text { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UnitQuery { get; set; }
}
