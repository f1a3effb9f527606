using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.People;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>
/// Finds the individual behind a typed personnummer or samordningsnummer, among the people the
/// auditor's own organisation has to do with: a case one of its units takes part in, or an event
/// in its own log. Anyone else answers exactly as an unknown number does, so an auditor cannot
/// learn who else is in Samplan, or their name.
/// </summary>
public sealed class PersonLookup(SamplanDbContext db)
{
    public async Task<PersonLookupResult> FindAsync(string? input, DateOnly today, Guid organisationId, CancellationToken cancellationToken = default)
    {
        var parsed = Personnummer.Parse(input, today);
        if (parsed.Error is { } error)
        {
            return new PersonLookupResult(null, EnumText.Of(error));
        }

        var number = parsed.Value!;
        var unitIds = db.Units.Where(u => u.OrganisationId == organisationId).Select(u => u.Id);
        var records = await db.Individuals.AsNoTracking()
            .Where(i => i.Personnummer == number)
            .Where(i => i.OrganisationId == organisationId
                || db.Cases.Any(c => c.IndividualId == i.Id && c.Units.Any(u => unitIds.Contains(u.UnitId)))
                || db.AuditEvents.Any(e => e.IndividualId == i.Id && e.OrganisationId == organisationId)
                || db.AuditEvents.Any(e => e.SubjectIndividualId == i.Id && e.SubjectOrganisationId == organisationId))
            .ToListAsync(cancellationToken);
        // The organisation's own record names the person; another organisation's record only when
        // the organisation has none but took part in that one's SIP (and so saw that name).
        var individual = records.OrderByDescending(i => i.OrganisationId == organisationId).ThenBy(i => i.Id).FirstOrDefault();
        return individual is null
            ? new PersonLookupResult(null, T("Ingen person med det numret finns i Samplan.", "No person with that number is in Samplan."))
            : new PersonLookupResult(individual, null) { RecordIds = [.. records.Select(r => r.Id)] };
    }
}

public sealed record PersonLookupResult(Individual? Individual, string? Error)
{
    /// <summary>Every record of the person the organisation has to do with (see AuditEventFilter).</summary>
    public IReadOnlyList<Guid> RecordIds { get; init; } = [];
}
