using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Invitations;

/// <summary>Sends the kallelse: meeting form, place, date, time and invitees (R-CALL-1..6).</summary>
public sealed class SendModel(CaseRepository cases, UnitDirectory directory, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.SendInvitation;

    public const int OtherRows = 3;

    /// <summary>Past this many invitees the form asks once more (R-CALL-3: too many participants can
    /// defeat the purpose). Our choice of number; the convener may still send.</summary>
    public const int ManyInvitees = 8;

    /// <summary>Set when the form was posted with more than <see cref="ManyInvitees"/> and not yet confirmed.</summary>
    public bool AsksAboutMany { get; private set; }

    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    /// <summary>The units the form offers without a search: those the case names and those ticked,
    /// if they give care, support or service (no staff offices). Never the whole directory.</summary>
    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <summary>A unit search's results that are not offered already; staff offices never.</summary>
    public IReadOnlyList<UnitInfo> Found { get; private set; } = [];

    /// <summary>Whether the page shows the answer to a search (to tell how many were found).</summary>
    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.Preparing)
        {
            return Redirect($"/cases/{Id}");
        }

        await LoadUnitsAsync(cancellationToken);
        Input.MeetingDate = clock.Today.AddDays(7);
        Input.StartTime = new TimeOnly(10, 0);
        return Page();
    }

    /// <summary>The search button: shows the form again, everything typed and ticked kept, with the
    /// matching units to tick. Nothing is sent.</summary>
    public async Task<IActionResult> OnPostSearchUnitsAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        var found = await directory.SearchAsync(Input.UnitQuery, UnitSearchEndpoint.Invitable, cancellationToken: cancellationToken);
        Found = [.. found.Where(u => Units.All(k => k.Id != u.Id))];
        Searched = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadUnitsAsync(cancellationToken);
        if (Input.MeetingDate is null)
        {
            ModelState.AddModelError("Input.MeetingDate", T("Ange mötesdatum.", "Give the meeting date."));
        }

        if (Input.StartTime is null)
        {
            ModelState.AddModelError("Input.StartTime", T("Ange starttid.", "Give the start time."));
        }

        // Every posted unit, staff offices too: the domain refuses one with its reason (R-CALL-5).
        var posted = await directory.ByIdsAsync(Input.UnitIds, cancellationToken);
        if (Input.UnitIds.Any(id => posted.All(u => u.Id != id)))
        {
            ModelState.AddModelError("Input.Invitees", T("En vald verksamhet finns inte i katalogen. Sök fram den igen.", "A chosen unit is not in the directory. Search for it again."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var count = posted.Count + Input.Others.Count(o => !string.IsNullOrWhiteSpace(o.Name));
        if (count > ManyInvitees && !Input.ManyConfirmed)
        {
            AsksAboutMany = true;
            return Page();
        }

        var invitees = posted
            .Select(u => new Invitee(Guid.Empty, InviteeKind.Unit, u.Id, u.Name, ForAcknowledgement: u.Kind != Domain.Directory.OrganisationKind.OtherActor) { UnitKind = u.UnitKind })
            .Concat(Input.Others.Where(o => !string.IsNullOrWhiteSpace(o.Name)).Select(o => new Invitee(o.Id, o.Kind, null, o.Name!.Trim(), false)))
            .ToList();
        var invitation = new Invitation(Guid.Empty, Input.Form, Input.Place?.Trim() ?? string.Empty, Input.MeetingDate!.Value, Input.StartTime!.Value,
            FormText.OrNull(Input.Message), invitees)
        {
            EndTime = Input.EndTime,
            // A link typed for another meeting form is not sent: only a video meeting has one (R-CALL-10).
            MeetingLink = Input.Form == MeetingForm.Video ? FormText.OrNull(Input.MeetingLink) : null,
            AnswerBy = Input.AnswerBy,
        };
        return await ApplyAsync(c => c.SendInvitation(invitation, staff.Ref, clock.Now), T("Kallelsen är skickad.", "The invitation is sent."), cancellationToken);
    }

    private async Task LoadUnitsAsync(CancellationToken cancellationToken)
    {
        var known = (await directory.ForCaseAsync(Case, cancellationToken)).ToList();
        known.AddRange(await directory.ByIdsAsync(Input.UnitIds.Where(id => known.All(u => u.Id != id)), cancellationToken));
        Units = [.. known.Where(u => u.UnitKind.TakesPartInPlans()).OrderBy(u => u.OrganisationName).ThenBy(u => u.Name)];
    }
}

/// <summary>The invitation as the form holds it. Ids are minted where every part's id is: in the
/// domain, when the invitation is sent. A row for someone outside the system carries its id in a
/// hidden field like every row does (empty: the row is new); a unit is named by its own id (the
/// checkbox). The form mints nothing itself, so showing it twice shows the same page.</summary>
public sealed class InvitationInput
{
    public MeetingForm Form { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Place { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>For a video meeting (R-CALL-10); checked in the domain.</summary>
    [FieldLimit(Invitation.MaxLinkLength)]
    public string? MeetingLink { get; set; }

    public DateOnly? AnswerBy { get; set; }

    public string? Message { get; set; }

    public List<Guid> UnitIds { get; set; } = [];

    /// <summary>What was typed into the unit search; never sent.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? UnitQuery { get; set; }

    /// <summary>The convener has seen the warning about many invitees and sends anyway.</summary>
    public bool ManyConfirmed { get; set; }

    public List<OtherInvitee> Others { get; set; } = [.. Enumerable.Range(0, SendModel.OtherRows).Select(_ => new OtherInvitee())];
}

public sealed class OtherInvitee
{
    /// <summary>Empty for a row not sent yet: the domain gives it an id.</summary>
    public Guid Id { get; set; }

    public InviteeKind Kind { get; set; } = InviteeKind.Relative;

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Name { get; set; }
}
