using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Domain.People;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// JSON columns are snapshotted by reference (JsonColumn): a loaded, untouched value is not a
/// change, a value the domain replaced is saved, and a replacement equal to what was loaded is
/// no change either. Run on the provider of the environment (SQLite, or PostgreSQL's jsonb).
/// </summary>
public sealed class JsonColumnChangeTrackingTests
{
    [Fact]
    public async Task An_untouched_json_value_is_unchanged_and_a_replaced_one_is_saved()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            await TracksAsync(database);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task TracksAsync(TestDatabase database)
    {
        var options = LegacyDatabase.OptionsFor(database);
        var region = Organisation.Create(Guid.NewGuid(), "Regionen", OrganisationKind.Region, null);
        var person = Individual.Register(Guid.NewGuid(), Personnummer.FromStored(TestPersonnummer.NewAdult().Twelve), "Greta", "Gammal", organisationId: region.Id);
        person.AddRelation(new RelatedPerson("Maj Gammal", RelationKind.Relative));
        await using (var db = new SamplanDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Organisations.Add(region);
            db.Individuals.Add(person);
            await db.SaveChangesAsync();
        }

        await using (var db = new SamplanDbContext(options))
        {
            var loaded = await db.Individuals.SingleAsync(i => i.Id == person.Id);
            db.ChangeTracker.DetectChanges();
            Assert.Equal(EntityState.Unchanged, db.Entry(loaded).State);

            // The same content in a new list: compared by its text, so still no change.
            db.Entry(loaded).Property(i => i.Relations).CurrentValue = [.. loaded.Relations];
            db.ChangeTracker.DetectChanges();
            Assert.False(db.Entry(loaded).Property(i => i.Relations).IsModified);

            loaded.AddRelation(new RelatedPerson("Nils Gammal", RelationKind.Relative));
            db.ChangeTracker.DetectChanges();
            Assert.True(db.Entry(loaded).Property(i => i.Relations).IsModified);
            Assert.Equal(1, await db.SaveChangesAsync());
        }

        await using (var db = new SamplanDbContext(options))
        {
            var saved = await db.Individuals.AsNoTracking().SingleAsync(i => i.Id == person.Id);
            Assert.Equal(["Maj Gammal", "Nils Gammal"], saved.Relations.Select(r => r.Name));
        }
    }
}
