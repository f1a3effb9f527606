using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>Turns stored events into rows an auditor can read: unit names and HSA ids from the
/// directory, people's names and numbers from the register.</summary>
public sealed class AuditEventRows(SamplanDbContext db, UnitDirectory units, AuditLog audit)
{
    /// <param name="revealed">The person the auditor asked for by number; shown even with protected identity.</param>
    public async Task<IReadOnlyList<AuditEventRow>> DescribeAsync(IReadOnlyList<AuditEvent> events, Guid? revealed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var allUnits = (await units.AllAsync(cancellationToken)).ToDictionary(u => u.Id);
        var people = await PeopleAsync(events, revealed, cancellationToken);
        // The auditor reads these people's names in the table: that is an access to them too
        // (PDL 8:5). The person asked for by number is logged by the page itself.
        await audit.WritePeopleShownAsync("audit log table",
            people.Where(p => !p.Value.IsMasked && p.Key != revealed).Select(p => ((Guid?)null, p.Key)), cancellationToken);
        return events.Select(e =>
        {
            var unit = e.UnitId is { } unitId ? allUnits.GetValueOrDefault(unitId) : null;
            var person = e.IndividualId is { } individualId ? people.GetValueOrDefault(individualId) : null;
            return new AuditEventRow(e.Seal?.Sequence ?? 0, e.At, e.Code, e.UserName, unit?.Name ?? "–", unit?.HsaId, e.CaseId, person, e.Outcome, e.ClientAddress, e.Detail);
        }).ToList();
    }

    private async Task<Dictionary<Guid, AuditPerson>> PeopleAsync(IReadOnlyList<AuditEvent> events, Guid? revealed, CancellationToken cancellationToken)
    {
        var ids = events.Where(e => e.IndividualId is not null).Select(e => e.IndividualId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await db.Individuals.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.GivenName, i.FamilyName, i.Personnummer, i.HasProtectedIdentity })
            .ToListAsync(cancellationToken);
        return found.ToDictionary(
            i => i.Id,
            i => i.HasProtectedIdentity && i.Id != revealed
                ? AuditPerson.Masked
                : new AuditPerson($"{i.GivenName} {i.FamilyName}", i.Personnummer.ToString(), false));
    }
}
