using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Access;
using Samplan.Domain.Actors;
using Samplan.Domain.Cases;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

public sealed class DetailsModel(CaseRepository cases, UnitDirectory units, SwedishClock clock, CurrentStaff staff, OtherOpenCaseQuery otherOpen, Samplan.Data.SamplanDbContext db, Notices.OutboxQuery outbox) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    /// <summary>Another open SIP for the same person that this unit takes part in and may see.</summary>
    public Guid? OtherOpenCaseId { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <summary>The invitees' answers by invitee, while the meeting is ahead (the answer board).</summary>
    public IReadOnlyDictionary<Guid, Domain.Invitations.InvitationReply> Replies { get; private set; } = new Dictionary<Guid, Domain.Invitations.InvitationReply>();

    /// <summary>The latest notice by e-mail about the invitation, by invited unit: the convener
    /// sees on the board when a unit was not reached.</summary>
    public IReadOnlyDictionary<Guid, Domain.Notices.Notice> InvitationNotices { get; private set; } = new Dictionary<Guid, Domain.Notices.Notice>();

    /// <summary>For the convener: invitees who never answered or did not come, each with a link
    /// to report it (R-DEV-1), by invitee.</summary>
    public IReadOnlyDictionary<Guid, Domain.Deviations.DeviationPrompt> DeviationPrompts { get; private set; } = new Dictionary<Guid, Domain.Deviations.DeviationPrompt>();

    protected override AuditAction ReadAction => AuditAction.CaseViewed;

    /// <summary>Read-only, and the other open SIP comes with the case in one statement.</summary>
    protected override CaseLoad Load => new(Tracked: false, staff.UnitId is { } unitId ? otherOpen.For(Id, unitId, clock.Today) : null);

    public DateOnly Today { get; private set; }

    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "–";

    /// <summary>Who did a line of the history and for whom: "Anna Berg, Vårdcentralen" for a
    /// professional, "Karin Nilsson (vårdnadshavare för Elsa)" for a proxy.</summary>
    public string ActorText(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var forWhom = e.OnBehalfOfIndividualId == Individual.Id ? Individual.GivenName : "–";
        return e.ActorKind switch
        {
            ActorKind.Individual => $"{e.ActorName} ({T("den enskilde", "the individual")})",
            ActorKind.Proxy => $"{e.ActorName} ({Lower(EnumText.Of(e.ProxyRelation!.Value))} {T("för", "for")} {forWhom})",
            _ => $"{e.ActorName}, {UnitName(e.ActorUnitId)}",
        };
    }

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.CurrentCulture) + text[1..];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Units = await units.ForCaseAsync(Case, cancellationToken);
        Today = clock.Today;
        OtherOpenCaseId = Case.IsOpen ? Loaded.OtherOpenCaseId : null;
        if (Case.Phase is CasePhase.Invited or CasePhase.PlanDraft && Case.CurrentInvitation is { } invitation)
        {
            // Before the meeting and while its plan is drafted: later the meeting record says who came.
            Replies = await db.InvitationReplies.AsNoTracking().Where(r => r.InvitationId == invitation.Id).ToDictionaryAsync(r => r.InviteeId, cancellationToken);
            if (Case.Phase == CasePhase.Invited)
            {
                InvitationNotices = await outbox.InvitationNoticesAsync(Case.Id, invitation.SentAt, cancellationToken);
            }

            if (Relations.HasFlag(CaseRelation.Responsible))
            {
                // Only the convener's board asks (the convener may always report, CaseAccess); the case page itself reads no reports (they have their page).
                var reported = await db.DeviationReports.AsNoTracking().Where(d => d.CaseId == Case.Id && d.InvitationId == invitation.Id).ToListAsync(cancellationToken);
                DeviationPrompts = Domain.Deviations.DeviationPrompt.For(Case, Replies, reported, Today).ToDictionary(p => p.Invitee.Id);
            }
        }

        return Page();
    }
}
