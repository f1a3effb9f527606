using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Domain.Notices;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Notices;

/// <summary>What the signed-in professional is told about at their own address, for every unit
/// they act for, besides what goes to each unit's address. Saving is audited with the change.</summary>
public sealed class MineModel(SamplanDbContext db, CurrentStaff staff, AuditLog audit) : PageModel
{
    public static readonly NoticeChoice[] Choices = [NoticeChoice.Messages, NoticeChoice.Invitations, NoticeChoice.Deadlines];

    [BindProperty]
    public List<NoticeChoice> Chosen { get; set; } = [];

    public string? Email { get; private set; }

    public bool EmailUsable => Email is { } e && Unit.IsPlainMailAddress(e);

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == staff.UserId, cancellationToken);
        Email = user.Email;
        Chosen = [.. Choices.Where(c => user.NoticeChoices.HasFlag(c))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Id == staff.UserId, cancellationToken);
        // Only the choices offered count: anything else a form could carry is dropped.
        var chosen = Choices.Where(Chosen.Contains).Aggregate(NoticeChoice.None, (all, c) => all | c);
        var before = user.NoticeChoices;
        user.NoticeChoices = chosen;
        db.AuditEvents.Add(audit.ForChange(AuditAction.NoticeChoicesChanged, $"{before} -> {chosen}"));
        await db.SaveChangesAsync(cancellationToken);
        Email = user.Email;
        Chosen = [.. Choices.Where(c => chosen.HasFlag(c))];
        Saved = true;
        return Page();
    }

    public static (string Sv, string En) TextOf(NoticeChoice choice) => choice switch
    {
        NoticeChoice.Messages => ("Meddelanden att kvittera, och påminnelser om dem", "Messages to acknowledge, and reminders of them"),
        NoticeChoice.Invitations => ("Kallelser, ändrade möten och påminnelser att svara", "Invitations, changed meetings and reminders to answer"),
        _ => ("Uppföljningar och samtycken som snart går ut, för SIP:ar enheten ansvarar för", "Follow-ups and consents ending soon, for SIPs the unit answers for"),
    };
}
