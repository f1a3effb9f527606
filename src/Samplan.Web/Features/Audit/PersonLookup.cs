using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.People;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Finds the individual behind a typed personnummer or samordningsnummer.</summary>
public sealed class PersonLookup(SamplanDbContext db)
{
    public async Task<PersonLookupResult> FindAsync(string? input, DateOnly today, CancellationToken cancellationToken = default)
    {
        var parsed = Personnummer.Parse(input, today);
        if (parsed.Error is { } error)
        {
            return new PersonLookupResult(null, EnumText.Of(error));
        }

        var number = parsed.Value!;
        var individual = await db.Individuals.AsNoTracking().SingleOrDefaultAsync(i => i.Personnummer == number, cancellationToken);
        return individual is null
            ? new PersonLookupResult(null, T("Ingen person med det numret finns i Samplan.", "No person with that number is in Samplan."))
            : new PersonLookupResult(individual, null);
    }
}

public sealed record PersonLookupResult(Individual? Individual, string? Error);
