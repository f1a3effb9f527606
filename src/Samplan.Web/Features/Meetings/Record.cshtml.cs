using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Meetings;

/// <summary>Records the meeting as held: who took part, who was absent, chair and secretary (R-MEET-1..2).</summary>
public sealed class RecordModel(CaseRepository cases, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.RecordMeeting;

    private const int BlankRows = 2;

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadForEditAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case.Phase != CasePhase.Invited)
        {
            return Redirect($"/cases/{Id}");
        }

        var invitation = Case.CurrentInvitation;
        Input.HeldOn = invitation is not null && invitation.MeetingDate <= clock.Today ? invitation.MeetingDate : clock.Today;
        Input.IndividualTookPart = true;
        Input.Participants =
        [
            new ParticipantInput { Name = Individual.FullName, Role = T("Den enskilde", "The individual"), Present = true },
            .. (invitation?.Invitees ?? []).Select(i => new ParticipantInput { Name = i.Name, Role = EnumText.Of(i.Kind), UnitId = i.UnitId, Present = true }),
            new ParticipantInput { Name = staff.Name, Role = staff.UnitName, UnitId = staff.UnitId, Present = true },
            .. Enumerable.Range(0, BlankRows).Select(_ => new ParticipantInput()),
        ];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.HeldOn is null)
        {
            ModelState.AddModelError("Input.HeldOn", T("Ange datum då mötet hölls.", "Give the date the meeting was held."));
            return Page();
        }

        // Rows left completely empty are spare lines, not participants.
        Input.Participants = Input.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Role)).ToList();
        var meeting = new Meeting(Guid.Empty, Input.HeldOn.Value, Input.Chair?.Trim() ?? string.Empty, Input.Secretary?.Trim() ?? string.Empty,
            Input.IndividualTookPart, FormText.OrNull(Input.Notes),
            Input.Participants.Select(p => new MeetingParticipant(p.Id, p.Name?.Trim() ?? string.Empty, p.Role?.Trim() ?? string.Empty, p.UnitId, p.Present)).ToList());
        // The button says "Spara och skriv planen": the plan editor is where the secretary goes next.
        return await ApplyAsync(c => c.RecordMeeting(meeting, staff.Ref, clock.Now), T("Mötet är dokumenterat. Skriv nu planen.", "The meeting is recorded. Now write the plan."), cancellationToken, next: $"/cases/{Id}/plan");
    }
}

public sealed class MeetingInput
{
    public DateOnly? HeldOn { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Chair { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Secretary { get; set; }

    public bool IndividualTookPart { get; set; }

    public string? Notes { get; set; }

    public List<ParticipantInput> Participants { get; set; } = [];
}

/// <summary>One row of the participant list. Its id rides in a hidden field like every row's;
/// a meeting is recorded once, so the rows are new (empty id) and the domain gives them ids.</summary>
public sealed class ParticipantInput
{
    public Guid Id { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Name { get; set; }

    public string? Role { get; set; }

    public Guid? UnitId { get; set; }

    public bool Present { get; set; }
}
