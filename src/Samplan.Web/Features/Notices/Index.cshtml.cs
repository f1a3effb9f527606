using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Domain.Common;
using Samplan.Domain.Notices;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Admin;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Notices;

/// <summary>A unit's notices by e-mail (the outbox): what was sent, to which address, what did
/// not arrive and why, and whether a mail server is configured at all. Each unit sets here the
/// address its notices go to: whoever acts for the unit, and a unit administrator for every unit of
/// the organisation (<c>?unit=</c>; a unit of another organisation is 404). Viewing and changing are audited.</summary>
public sealed class IndexModel(SamplanDbContext db, OutboxQuery outbox, CurrentStaff staff, AuditLog audit, IOptions<MailOptions> mail, SwedishClock clock) : PageModel
{
    /// <summary>The unit shown, when it is not the acting one (unit administrators only).</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public IReadOnlyList<Notice> Notices { get; private set; } = [];

    /// <summary>The organisation's units, for a unit administrator to pick from.</summary>
    public IReadOnlyList<Admin.OrganisationUnit> OrganisationUnits { get; private set; } = [];

    public Guid ShownUnitId { get; private set; }

    public string? CurrentAddress { get; private set; }

    public bool MailConfigured => mail.Value.Configured;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Address = CurrentAddress;
        await audit.WriteAsync(AuditAction.NoticesViewed, AuditOutcome.Success, detail: $"unit={ShownUnitId}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddressAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var unit = await db.Units.SingleAsync(u => u.Id == ShownUnitId, cancellationToken);
        try
        {
            unit.SetNoticeAddress(Address);
        }
        catch (DomainRuleException ex)
        {
            foreach (var violation in ex.Violations)
            {
                ModelState.AddModelError(nameof(Address), Localization.RuleMessages.For(violation));
            }

            await audit.WriteAsync(AuditAction.NoticeAddressChanged, AuditOutcome.Refused, detail: $"unit={ShownUnitId} " + string.Join(",", ex.Violations.Select(v => v.Code)), cancellationToken: cancellationToken);
            return Page();
        }

        // The change and its audit row in one save.
        db.AuditEvents.Add(audit.ForChange(AuditAction.NoticeAddressChanged, $"unit={ShownUnitId} " + (unit.NoticeAddress is null ? "cleared" : "set")));
        await db.SaveChangesAsync(cancellationToken);
        Saved = true;
        CurrentAddress = unit.NoticeAddress;
        Address = CurrentAddress;
        return Page();
    }

    /// <summary>"Try again" on a notice that did not arrive: queued anew with its audit row in one
    /// save. A notice of another unit is 404; one a colleague already queued says so.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The address form on the same page shows what is saved, whatever happens to the retry.
        Address = CurrentAddress;
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId && n.UnitId == ShownUnitId, cancellationToken);
        if (notice is null)
        {
            await audit.RefuseAsync("notices: retry", cancellationToken);
            return NotFound();
        }

        try
        {
            notice.Retry(clock.Now);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, Localization.RuleMessages.For(ex.Violations[0]));
            return Page();
        }

        db.AuditEvents.Add(audit.ForChange(AuditAction.NoticeRetried, $"unit={ShownUnitId} notice={notice.Id}"));
        if (!await RowSave.TrySaveAsync(db, notice, cancellationToken))
        {
            // The sender or a colleague changed it at this moment: theirs stands.
            await LoadAsync(cancellationToken);
            Address = CurrentAddress;
            ModelState.AddModelError(string.Empty, Localization.RuleMessages.For("notice.not-failed"));
            return Page();
        }

        TempData["Saved"] = T("Aviseringen skickas igen inom en minut.", "The notice is sent again within a minute.");
        return Redirect(UnitId is { } unit && unit != staff.UnitId ? $"/notices?unit={unit}" : "/notices");
    }

    /// <summary>The unit asked for, if the user may see it; false (404) for any other.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var acting = staff.UnitId!.Value;
        var isAdmin = staff.IsInRole(SamplanRoles.UnitAdmin) && staff.OrganisationId is not null;
        if (UnitId is { } asked && asked != acting)
        {
            if (!isAdmin || await db.UnitOfAsync(staff.OrganisationId!.Value, asked, cancellationToken) is not { } other)
            {
                await audit.RefuseAsync("notices: unit", cancellationToken);
                return false;
            }

            ShownUnitId = other.Id;
            UnitName = other.Name;
        }
        else
        {
            ShownUnitId = acting;
            UnitName = staff.UnitName;
        }

        if (isAdmin)
        {
            OrganisationUnits = await db.UnitsOfAsync(staff.OrganisationId!.Value, cancellationToken);
        }

        CurrentAddress = await db.Units.Where(u => u.Id == ShownUnitId).Select(u => u.NoticeAddress).SingleOrDefaultAsync(cancellationToken);
        Notices = await outbox.ForUnitAsync(ShownUnitId, cancellationToken);
        return true;
    }

    public static string StateClass(NoticeState state) => state switch
    {
        NoticeState.Failed or NoticeState.NoAddress => "attention",
        _ => string.Empty,
    };

    public static string Attempts(Notice notice) => notice.Attempts switch
    {
        0 => string.Empty,
        1 => T("1 försök", "1 attempt"),
        var n => T($"{n} försök", $"{n} attempts"),
    };
}
