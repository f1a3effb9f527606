using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Features.Account;

/// <summary>
/// Failed sign-ins, lockouts and rate-limit refusals of a known user go to the auditors of every
/// organisation the user has an assignment in (they filter the log by organisation); an unknown
/// name is logged once without one. The typed name is trimmed and kept within the name limit, so
/// what is stored is exactly what was hashed (PostgreSQL would otherwise cut trailing spaces and
/// the row would look edited).
/// </summary>
public sealed class SignInAudit(SamplanDbContext db, AuditLog audit)
{
    public async Task WriteAsync(AuditAction action, StaffUser? user, string? typedName, string? detail = null, CancellationToken cancellationToken = default)
    {
        var name = Normalize(typedName);
        if (user is null)
        {
            await audit.WriteForUserAsync(action, AuditOutcome.Denied, null, name, detail: detail, cancellationToken: cancellationToken);
            return;
        }

        var organisations = await (from a in db.StaffAssignments
                                   join u in db.Units on a.UnitId equals u.Id
                                   where a.UserId == user.Id
                                   select u.OrganisationId).Distinct().ToListAsync(cancellationToken);
        if (organisations.Count == 0)
        {
            await audit.WriteForUserAsync(action, AuditOutcome.Denied, user.Id, name, detail: detail, cancellationToken: cancellationToken);
            return;
        }

        foreach (var organisation in organisations)
        {
            await audit.WriteForUserAsync(action, AuditOutcome.Denied, user.Id, name, organisationId: organisation, detail: detail, cancellationToken: cancellationToken);
        }
    }

    public static string? Normalize(string? typedName)
    {
        var trimmed = typedName?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > FieldLimitAttribute.Line ? trimmed[..FieldLimitAttribute.Line] : trimmed;
    }
}
