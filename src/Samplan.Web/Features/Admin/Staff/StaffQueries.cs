using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Features.Admin.Staff;

/// <summary>Staff of one organisation: everyone with at least one assignment to one of its units.</summary>
public static class StaffQueries
{
    /// <summary>A page of the list is enough to find someone; the search narrows it.</summary>
    public const int ListLimit = 200;

    public static async Task<StaffList> StaffOfAsync(this SamplanDbContext db, Guid organisationId, string? search, CancellationToken cancellationToken)
    {
        var term = search?.Trim();
        var users = db.Users.AsQueryable();
        if (!string.IsNullOrEmpty(term))
        {
            var upper = term.ToUpperInvariant();
            // ToUpper in SQL folds only ASCII in SQLite, so the name as typed is tried too.
            users = users.Where(u => u.DisplayName.ToUpper().Contains(upper) || u.DisplayName.Contains(term) || u.NormalizedUserName!.Contains(upper));
        }

        var userIds = await users
            .Where(u => db.StaffAssignments.Any(a => a.UserId == u.Id && db.Units.Any(n => n.Id == a.UnitId && n.OrganisationId == organisationId)))
            .OrderBy(u => u.DisplayName)
            .ThenBy(u => u.UserName)
            .Select(u => u.Id)
            .Take(ListLimit + 1)
            .ToListAsync(cancellationToken);

        var shown = userIds.Take(ListLimit).ToList();
        var members = (await LoadAsync(db, organisationId, shown, cancellationToken)).ToDictionary(m => m.UserId, StringComparer.Ordinal);
        return new StaffList([.. shown.Where(members.ContainsKey).Select(id => members[id])], HasMore: userIds.Count > ListLimit);
    }

    /// <summary>The person, or null when they have no assignment in the organisation (404).</summary>
    public static async Task<StaffMember?> StaffMemberAsync(this SamplanDbContext db, Guid organisationId, string userId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, organisationId, [userId], cancellationToken)).SingleOrDefault();

    private static async Task<List<StaffMember>> LoadAsync(SamplanDbContext db, Guid organisationId, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.StaffAssignments
                          join n in db.Units on a.UnitId equals n.Id
                          join u in db.Users on a.UserId equals u.Id
                          where n.OrganisationId == organisationId && userIds.Contains(u.Id)
                          orderby n.Name
                          select new { u.Id, u.DisplayName, u.UserName, u.LockoutEnd, AssignmentId = a.Id, UnitId = n.Id, UnitName = n.Name, n.HsaId, a.Title })
                         .ToListAsync(cancellationToken);
        var assignmentIds = rows.Select(r => r.AssignmentId).ToList();
        var roles = (await db.StaffAssignmentRoles.Where(r => assignmentIds.Contains(r.AssignmentId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.AssignmentId, r => r.Role);
        return [.. rows
            .GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().DisplayName, g.First().UserName ?? string.Empty, g.First().LockoutEnd,
                [.. g.Select(r => new StaffMemberAssignment(r.AssignmentId, r.UnitId, r.UnitName, r.HsaId, r.Title, [.. roles[r.AssignmentId].Order(StringComparer.Ordinal)]))]))];
    }
}

public sealed record StaffList(IReadOnlyList<StaffMember> Members, bool HasMore);
