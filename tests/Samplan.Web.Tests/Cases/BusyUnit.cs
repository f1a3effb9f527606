using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>Enough cases for Vårdcentralen Gottsunda (anna.lind's unit) to fill three pages of the
/// list, seeded once into an app of its own so the shared app's first page keeps the demo cases.
/// Two cases share each due date, long before any demo case's, so the order within a date (family
/// name, then id) is exercised; family names are plain ASCII so every collation orders them alike.</summary>
public static class BusyUnit
{
    public const int Count = 130;

    /// <summary>The given name of every seeded person, so a search can find them all.</summary>
    public const string GivenName = "Sidtest";

    /// <summary>The latest due date a seeded case has, relative to today.</summary>
    public const int LatestDueDaysAgo = 200 - 3 - ((Count - 1) / 2);

    public static async Task EnsureAsync(SamplanFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        if (await db.Individuals.AnyAsync(i => i.GivenName == GivenName))
        {
            return;
        }

        var now = factory.Clock.GetUtcNow();
        var today = factory.Today;
        var anna = new StaffRef("seed", "Anna Lind", Demo.Units.Vardcentral);
        for (var i = 0; i < Count; i++)
        {
            var day = i / 2;
            var family = day % 3 == 0 ? "Sidholm" : i % 2 == 0 ? "Sidlund" : "Sidberg";
            var person = Individual.Register(Guid.NewGuid(), Personnummer.FromStored(TestPersonnummer.NewAdult().Twelve), GivenName, family);
            var identified = today.AddDays(-200 + day);
            // Ready for discharge on the day the need was found: due three days later (R-INIT-5).
            var sipCase = SipCase.Initiate(Guid.NewGuid(), person, new Initiative("Sidtest av ärendelistan.", identified, identified, null), anna, now);
            db.Individuals.Add(person);
            db.Cases.Add(sipCase);
        }

        await db.SaveChangesAsync();
    }
}
