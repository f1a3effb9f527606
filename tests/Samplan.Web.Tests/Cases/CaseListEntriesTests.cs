using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.CaseList;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Infrastructure;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>
/// The case list reads <see cref="CaseListEntry"/> lines that the database's triggers keep. These
/// tests change the source tables the way no app code path would (bulk SQL, one column at a time)
/// and after each change compare every line with what <c>Cases</c>, <c>CaseUnits</c> and
/// <c>Individuals</c> say, and the visibility rule on lines with the rule on cases. A SQLite
/// migration that rebuilt one of those tables (and so dropped its triggers) fails here.
/// </summary>
public sealed class CaseListEntriesTests
{
    [Fact]
    public async Task The_lines_follow_every_change_to_cases_their_units_and_people()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var node = new CountingFactory(database);
            await node.InitializeAsync();
            await AssertLinesMatchAsync(node, "after migration and demo data");

            var sven = Demo.Sven.CaseId;
            var gunnelIndividual = await node.WithDbAsync(db => db.Cases.Where(c => c.Id == Demo.Gunnel.CaseId).Select(c => c.IndividualId).SingleAsync());
            var svenUnits = await node.WithDbAsync(db => db.Cases.Where(c => c.Id == sven).SelectMany(c => c.Units).Select(u => u.UnitId).Distinct().ToListAsync());
            var notResponsible = await node.WithDbAsync(db => db.Cases.Where(c => c.Id == sven).Select(c => c.ResponsibleUnitId).SingleAsync());
            var otherUnit = svenUnits.First(u => u != notResponsible);
            var otherRoles = await node.WithDbAsync(db => db.Cases.Where(c => c.Id == sven).SelectMany(c => c.Units).Where(u => u.UnitId == otherUnit).Select(u => u.Role).ToListAsync());
            var outside = await node.WithDbAsync(db => db.Units.Select(u => u.Id).Where(id => !svenUnits.Contains(id)).OrderBy(id => id).Take(2).ToListAsync());
            var secondRole = Enum.GetValues<CaseUnitRole>().First(r => !otherRoles.Contains(r));

            await ChangeAsync(node, "phase closed", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.Phase, CasePhase.Closed)));
            await ChangeAsync(node, "phase back", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.Phase, CasePhase.Active)));
            await ChangeAsync(node, "deadline gone", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextDueOn, (DateOnly?)null)));
            await ChangeAsync(node, "deadline set", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextDueOn, new DateOnly(2026, 1, 5))));
            await ChangeAsync(node, "responsibility moved", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsibleUnitId, otherUnit)));
            await ChangeAsync(node, "sharing off", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsSharedWithParticipants, false)));
            await ChangeAsync(node, "sharing on", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsSharedWithParticipants, true)));
            await ChangeAsync(node, "consent expired", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentValidUntil, new DateOnly(2020, 1, 1))));
            await ChangeAsync(node, "family name changed", db => db.Individuals.Where(i => i.Id == AuditTrail.SvenIndividual).ExecuteUpdateAsync(s => s.SetProperty(i => i.FamilyName, "Karlsson-Öberg")));
            await ChangeAsync(node, "case moved to another person", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.IndividualId, gunnelIndividual)));

            // A person registered after the case that names them (no foreign key orders the two).
            var later = Guid.NewGuid();
            await ChangeAsync(node, "case names a person not yet registered", db => db.Cases.Where(c => c.Id == sven).ExecuteUpdateAsync(s => s.SetProperty(c => c.IndividualId, later)));
            await ChangeAsync(node, "that person registered", async db =>
            {
                db.Individuals.Add(Individual.Register(later, Personnummer.FromStored(TestPersonnummer.NewAdult().Twelve), "Ny", "Registrerad"));
                return await db.SaveChangesAsync();
            });

            // A second role for a unit already taking part is one line, and removing it keeps it.
            await ChangeAsync(node, "second role added", db => InsertUnitAsync(db, sven, otherUnit, secondRole));
            await ChangeAsync(node, "second role removed", db => db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "CaseUnits" WHERE "CaseId" = {0} AND "UnitId" = {1} AND "Role" = {2}""", sven, otherUnit, secondRole.ToString()));
            await ChangeAsync(node, "a new unit invited", db => InsertUnitAsync(db, sven, outside[0], CaseUnitRole.Invited));
            await ChangeAsync(node, "its unit moved to another", db => db.Database.ExecuteSqlRawAsync(
                """UPDATE "CaseUnits" SET "UnitId" = {0} WHERE "CaseId" = {1} AND "UnitId" = {2}""", outside[1], sven, outside[0]));
            await ChangeAsync(node, "all of a unit's roles removed", db => db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "CaseUnits" WHERE "CaseId" = {0} AND "UnitId" = {1}""", sven, otherUnit));
            Assert.False(await node.WithDbAsync(db => db.CaseListEntries.AnyAsync(e => e.CaseId == sven && e.UnitId == otherUnit)));

            await ChangeAsync(node, "case deleted", async db =>
            {
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseHistory" WHERE "CaseId" = {0}""", sven);
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseUnits" WHERE "CaseId" = {0}""", sven);
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "OwnPreparations" WHERE "Id" = {0}""", sven);
                return await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Cases" WHERE "Id" = {0}""", sven);
            });
            Assert.False(await node.WithDbAsync(db => db.CaseListEntries.AnyAsync(e => e.CaseId == sven)));
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    private static Task<int> InsertUnitAsync(SamplanDbContext db, Guid caseId, Guid unitId, CaseUnitRole role) =>
        db.Database.ExecuteSqlRawAsync("""INSERT INTO "CaseUnits" ("CaseId", "UnitId", "Role") VALUES ({0}, {1}, {2})""", caseId, unitId, role.ToString());

    private static async Task ChangeAsync(SamplanFactory node, string what, Func<SamplanDbContext, Task<int>> change)
    {
        Assert.True(await node.WithDbAsync(change) > 0, $"{what}: the change touched no row");
        await AssertLinesMatchAsync(node, what);
    }

    /// <summary>Every line equals its source rows, there is one line per (unit, case) pair, and
    /// on every unit and on three dates (consent still valid, expired) the lines' visibility rule
    /// picks the same cases as the cases' own.</summary>
    private static Task AssertLinesMatchAsync(SamplanFactory node, string when) => node.WithDbAsync(async db =>
    {
        var people = await db.Individuals.AsNoTracking().Select(i => new { i.Id, i.FamilyName }).ToDictionaryAsync(i => i.Id, i => i.FamilyName);
        var sources = await db.Cases.AsNoTracking()
            .SelectMany(c => c.Units, (c, u) => new { u.UnitId, CaseId = c.Id, c.Phase, c.NextDueOn, c.ResponsibleUnitId, c.IsSharedWithParticipants, c.ConsentValidUntil, c.IndividualId })
            .ToListAsync();
        var expected = sources
            .Select(s => Line(s.UnitId, s.CaseId, s.Phase != CasePhase.Closed, s.Phase, s.NextDueOn ?? CaseListEntry.NoDeadline,
                people.GetValueOrDefault(s.IndividualId, string.Empty), s.ResponsibleUnitId == s.UnitId, s.IsSharedWithParticipants, s.ConsentValidUntil))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = (await db.CaseListEntries.AsNoTracking().ToListAsync())
            .Select(e => Line(e.UnitId, e.CaseId, e.IsOpen, e.Phase, e.DueOn, e.FamilyName, e.IsResponsible, e.IsSharedWithParticipants, e.ConsentValidUntil))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.Count > 0, $"{when}: no cases to compare");
        Assert.True(expected.SequenceEqual(actual), $"{when}: the lines differ from their source rows.\nmissing: {string.Join("\n  ", expected.Except(actual))}\nextra: {string.Join("\n  ", actual.Except(expected))}");

        var units = sources.Select(s => s.UnitId).Distinct().ToList();
        foreach (var today in new[] { new DateOnly(2019, 6, 1), new DateOnly(2026, 12, 3), new DateOnly(2040, 1, 1) })
        {
            foreach (var unit in units)
            {
                var byCase = await db.Cases.Where(CaseVisibility.For(unit, today)).Select(c => c.Id).OrderBy(id => id).ToListAsync();
                var byLine = await db.CaseListEntries.Where(CaseVisibility.ForListEntries(unit, today)).Select(e => e.CaseId).OrderBy(id => id).ToListAsync();
                Assert.True(byCase.SequenceEqual(byLine), $"{when}: unit {unit} on {today:yyyy-MM-dd} sees {byCase.Count} cases by the case rule and {byLine.Count} by the line rule");
            }
        }

        return 0;
    });

    private static string Line(Guid unit, Guid caseId, bool open, CasePhase phase, DateOnly due, string family, bool responsible, bool shared, DateOnly? consent) =>
        string.Create(CultureInfo.InvariantCulture, $"{unit} {caseId} open={open} {phase} due={due:yyyy-MM-dd} '{family}' responsible={responsible} shared={shared} consent={consent:yyyy-MM-dd}");
}
