using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>The UnitSearchName migration fills the search name of the units already stored, Swedish
/// capitals folded too (SQLite's lower() folds ASCII only), so they are found like new ones.</summary>
public sealed class UnitSearchNameMigrationTests
{
    [Fact]
    public async Task Existing_units_get_their_name_in_lower_case_as_search_name()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            var options = LegacyDatabase.OptionsFor(database);
            var region = Organisation.Create(Guid.NewGuid(), "Region Test", OrganisationKind.Region, "2321000016");
            var unitId = Guid.NewGuid();
            await using (var db = new SamplanDbContext(options))
            {
                await LegacyDatabase.MigrateToJustBeforeAsync(db, "UnitSearchName");
                db.Organisations.Add(region);
                await db.SaveChangesAsync();
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO "Units" ("Id", "OrganisationId", "Name", "HsaId", "Kind") VALUES ({unitId}, {region.Id}, {"ÖSTRA Hemtjänsten Åby"}, {"SE-TEST-S1"}, {"HealthCare"})""");
                await db.Database.MigrateAsync();
            }

            await using (var db = new SamplanDbContext(options))
            {
                var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId);
                Assert.Equal("östra hemtjänsten åby", unit.SearchName);
            }
        }
        finally
        {
            await database.DropAsync();
        }
    }
}
