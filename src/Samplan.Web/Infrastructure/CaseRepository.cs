using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.People;

namespace Samplan.Web.Infrastructure;

/// <summary>Loads cases only for a unit that takes part in them, and saves them with an optimistic
/// concurrency check against the version the user started from.</summary>
public sealed class CaseRepository(SamplanDbContext db, CurrentStaff staff)
{
    /// <summary>The case and its individual, or null when it does not exist or the acting unit
    /// takes no part in it: both answer 404, so ids cannot be probed.</summary>
    public async Task<CaseWithIndividual?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (staff.UnitId is not { } unitId)
        {
            return null;
        }

        var sipCase = await db.Cases
            .Where(c => c.Id == caseId && c.Units.Any(u => u.UnitId == unitId))
            .SingleOrDefaultAsync(cancellationToken);
        if (sipCase is null)
        {
            return null;
        }

        var individual = await db.Individuals.SingleAsync(i => i.Id == sipCase.IndividualId, cancellationToken);
        var version = db.Entry(sipCase).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
        return new CaseWithIndividual(sipCase, individual, version);
    }

    public async Task AddAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        db.Cases.Add(sipCase);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves the case if nobody saved it since <paramref name="expectedVersion"/>; returns
    /// false on a conflict, leaving the stored case untouched.</summary>
    public async Task<bool> TrySaveAsync(SipCase sipCase, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var version = db.Entry(sipCase).Property<int>(SamplanDbContext.VersionProperty);
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

public sealed record CaseWithIndividual(SipCase Case, Individual Individual, int Version);
