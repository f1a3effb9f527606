using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.People;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// A database made before each organisation kept its own record of a person: one record served
/// every organisation's SIPs. The migration gives the record to the organisation that started the
/// first SIP and gives every other organisation a copy its SIPs point at, on both providers.
/// </summary>
public sealed class IndividualPerOrganisationMigrationTests
{
    private const string Migration = "IndividualPerOrganisation";

    [Fact]
    public async Task A_record_shared_by_two_organisations_sips_is_split_into_one_record_each()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            await SplitsAsync(database);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task SplitsAsync(TestDatabase database)
    {
        var options = LegacyDatabase.OptionsFor(database);
        var region = Organisation.Create(Guid.NewGuid(), "Regionen", OrganisationKind.Region, null);
        var kommun = Organisation.Create(Guid.NewGuid(), "Kommunen", OrganisationKind.Kommun, null);
        var vardcentral = Unit.Create(Guid.NewGuid(), region.Id, "Vårdcentralen", "SE2321000016-MIG1", UnitKind.HealthCare);
        var hemtjanst = Unit.Create(Guid.NewGuid(), kommun.Id, "Hemtjänsten", "SE2120003140-MIG2", UnitKind.SocialServices);
        var number = Personnummer.FromStored(TestPersonnummer.NewAdult().Twelve);
        var person = Individual.Register(Guid.NewGuid(), number, "Greta", "Gammal", organisationId: region.Id);
        var placeholder = Individual.Register(Guid.NewGuid(), Personnummer.FromStored(TestPersonnummer.NewAdult().Twelve), "Ersätts", "Sen", organisationId: kommun.Id);
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var first = SipCase.Initiate(Guid.NewGuid(), person, new Initiative("Behöver stöd.", new DateOnly(2026, 11, 1), null, null), new StaffRef("u1", "Anna", vardcentral.Id), now);
        var second = SipCase.Initiate(Guid.NewGuid(), placeholder, new Initiative("Behöver hemtjänst.", new DateOnly(2026, 11, 1), null, null), new StaffRef("u2", "Johan", hemtjanst.Id), now.AddDays(1));

        string previous;
        await using (var db = new SamplanDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.AddRange(region, kommun, vardcentral, hemtjanst, person, placeholder, first, second);
            await db.SaveChangesAsync();
            var all = db.Database.GetMigrations().ToList();
            previous = all[all.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];

            // Back to the schema before the migration, and the state an earlier version made: the
            // kommun's SIP points at the region's record of the same person.
            await db.GetService<IMigrator>().MigrateAsync(previous);
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"Cases\" SET \"IndividualId\" = (SELECT \"IndividualId\" FROM \"Cases\" WHERE \"Id\" = {{0}}) WHERE \"Id\" = {{1}}", Id(database, first.Id), Id(database, second.Id));
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Individuals\" WHERE \"Id\" = {0}", Id(database, placeholder.Id));
            await db.Database.MigrateAsync();
        }

        await using (var db = new SamplanDbContext(options))
        {
            var records = await db.Individuals.AsNoTracking().Where(i => i.Personnummer == number).ToListAsync();
            var cases = await db.Cases.AsNoTracking().Where(c => c.Id == first.Id || c.Id == second.Id).ToDictionaryAsync(c => c.Id);

            Assert.Equal(2, records.Count);
            var regions = Assert.Single(records, r => r.OrganisationId == region.Id);
            var kommuns = Assert.Single(records, r => r.OrganisationId == kommun.Id);
            Assert.Equal(person.Id, regions.Id);
            Assert.Equal(person.Id, cases[first.Id].IndividualId);
            Assert.Equal(kommuns.Id, cases[second.Id].IndividualId);
            Assert.Equal(("Greta", "Gammal"), (kommuns.GivenName, kommuns.FamilyName));
        }
    }

    /// <summary>A Guid as each provider stores it (SQLite: upper-case text, as EF Core writes it).</summary>
    private static object Id(TestDatabase database, Guid id) => database.Provider == "Postgres" ? id : id.ToString().ToUpperInvariant();
}
