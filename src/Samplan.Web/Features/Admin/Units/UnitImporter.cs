using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Directory;

namespace Samplan.Web.Features.Admin.Units;

/// <summary>Validates read rows against the units already in Samplan and saves the accepted ones
/// in one transaction: new units are created, known ones of the organisation renamed.</summary>
public static class UnitImporter
{
    public static async Task<UnitImportReport> ImportAsync(SamplanDbContext db, Organisation organisation, IReadOnlyList<UnitImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(rows);
        var organisationNumber = organisation.OrganisationNumber
            ?? throw new InvalidOperationException("An organisation without organisationsnummer cannot import units.");

        var hsaIds = rows.Select(r => r.HsaId?.Trim()).OfType<string>().Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Units.Where(u => hsaIds.Contains(u.HsaId)).ToListAsync(cancellationToken);
        var report = UnitImportValidator.Validate(rows, organisation.Id, organisationNumber,
            known.ToDictionary(u => u.HsaId, u => new ExistingUnit(u.Id, u.OrganisationId, u.Name, u.Kind), StringComparer.Ordinal));

        foreach (var row in report.AcceptedRows)
        {
            switch (row.Outcome)
            {
                case UnitImportOutcome.Created:
                    db.Units.Add(Unit.Create(Guid.NewGuid(), organisation.Id, row.Name, row.HsaId, row.Kind ?? UnitKind.HealthCare));
                    break;
                case UnitImportOutcome.Updated:
                    var unit = known.Single(u => u.Id == row.ExistingUnitId);
                    unit.Rename(row.Name);
                    if (row.Kind is { } kind)
                    {
                        unit.ChangeKind(kind);
                    }

                    break;
                case UnitImportOutcome.Unchanged:
                case UnitImportOutcome.Refused:
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
