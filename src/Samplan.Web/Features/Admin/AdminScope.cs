using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Web.Auditing;

namespace Samplan.Web.Features.Admin;

/// <summary>
/// What an administrator may manage: the organisation of the unit they act for, and nothing else.
/// Every id that arrives in a route or a form is looked up through these queries, so an id of
/// another organisation is simply not found (404) and cannot be probed.
/// </summary>
public static class AdminScope
{
    public static async Task<Organisation?> OrganisationAsync(this SamplanDbContext db, Guid? organisationId, CancellationToken cancellationToken) =>
        organisationId is { } id ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) : null;

    public static async Task<IReadOnlyList<OrganisationUnit>> UnitsOfAsync(this SamplanDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Units
            .Where(u => u.OrganisationId == organisationId)
            .OrderBy(u => u.Name)
            .Select(u => new OrganisationUnit(u.Id, u.Name, u.HsaId))
            .ToListAsync(cancellationToken);

    /// <summary>The unit if it belongs to the organisation; null for a unit of another organisation or none.</summary>
    public static async Task<OrganisationUnit?> UnitOfAsync(this SamplanDbContext db, Guid organisationId, Guid unitId, CancellationToken cancellationToken) =>
        await db.Units
            .Where(u => u.Id == unitId && u.OrganisationId == organisationId)
            .Select(u => new OrganisationUnit(u.Id, u.Name, u.HsaId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>An id outside the organisation is logged before it answers 404: it is either a stale
    /// link or someone probing.</summary>
    public static Task RefuseAsync(this AuditLog audit, string what, CancellationToken cancellationToken) =>
        audit.WriteAsync(AuditAction.AccessRefused, AuditOutcome.Denied, detail: $"admin: {what} not in organisation", cancellationToken: cancellationToken);
}

public sealed record OrganisationUnit(Guid Id, string Name, string HsaId)
{
    public string Label => $"{Name} ({HsaId})";
}
