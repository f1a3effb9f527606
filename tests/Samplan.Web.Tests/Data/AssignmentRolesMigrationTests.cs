using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Domain.Directory;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>The AssignmentRoles migration moves each user's global Identity roles onto every one
/// of their assignments (in every organisation they work for) and leaves no Identity user role
/// behind; on whichever database the environment selects.</summary>
public sealed class AssignmentRolesMigrationTests
{
    [Fact]
    public async Task Identity_roles_become_roles_on_each_of_the_users_assignments()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            await ConvertsAsync(database);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task ConvertsAsync(TestDatabase database)
    {
        var options = LegacyDatabase.OptionsFor(database);
        var region = Organisation.Create(Guid.NewGuid(), "Region Test", OrganisationKind.Region, "2321000016");
        var kommun = Organisation.Create(Guid.NewGuid(), "Test kommun", OrganisationKind.Kommun, "2120003140");
        var regionUnit = Unit.Create(Guid.NewGuid(), region.Id, "Regionkontoret", "SE-TEST-R1", UnitKind.StaffOffice);
        var kommunUnit = Unit.Create(Guid.NewGuid(), kommun.Id, "Kansliet", "SE-TEST-K1", UnitKind.StaffOffice);
        var auditor = new StaffUser { Id = "auditor", UserName = "auditor", NormalizedUserName = "AUDITOR", DisplayName = "Agnes Granskare", SecurityStamp = "s1" };
        var plain = new StaffUser { Id = "plain", UserName = "plain", NormalizedUserName = "PLAIN", DisplayName = "Per Vanlig", SecurityStamp = "s2" };
        Guid[] auditorAssignments = [Guid.NewGuid(), Guid.NewGuid()];
        var plainAssignment = Guid.NewGuid();

        await using (var db = new SamplanDbContext(options))
        {
            // The schema as the version before, with global roles on a user who works for two
            // organisations.
            await LegacyDatabase.MigrateToJustBeforeAsync(db, "AssignmentRoles");
            db.Organisations.AddRange(region, kommun);
            await db.SaveChangesAsync();
            // By SQL: the model's Units has columns added after this schema (SearchName).
            foreach (var unit in new[] { regionUnit, kommunUnit })
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO "Units" ("Id", "OrganisationId", "Name", "HsaId", "Kind") VALUES ({unit.Id}, {unit.OrganisationId}, {unit.Name}, {unit.HsaId}, {unit.Kind.ToString()})""");
            }

            // Users too: the model's AspNetUsers has columns added after this schema (NoticeChoices).
            foreach (var user in new[] { auditor, plain })
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "DisplayName", "Language", "SecurityStamp", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") VALUES ({user.Id}, {user.UserName}, {user.NormalizedUserName}, {user.DisplayName}, {user.Language}, {user.SecurityStamp}, {false}, {false}, {false}, {false}, {0})""");
            }

            db.Roles.AddRange(new IdentityRole("Auditor") { Id = "r-auditor", NormalizedName = "AUDITOR" }, new IdentityRole("UnitAdmin") { Id = "r-admin", NormalizedName = "UNITADMIN" });
            db.UserRoles.AddRange(new IdentityUserRole<string> { UserId = auditor.Id, RoleId = "r-auditor" }, new IdentityUserRole<string> { UserId = auditor.Id, RoleId = "r-admin" });
            db.StaffAssignments.AddRange(
                new StaffAssignment { Id = auditorAssignments[0], UserId = auditor.Id, UnitId = regionUnit.Id, Title = "Logggranskare" },
                new StaffAssignment { Id = auditorAssignments[1], UserId = auditor.Id, UnitId = kommunUnit.Id, Title = "Samordnare" },
                new StaffAssignment { Id = plainAssignment, UserId = plain.Id, UnitId = kommunUnit.Id, Title = "Handläggare" });
            await db.SaveChangesAsync();

            await db.Database.MigrateAsync();
        }

        await using (var db = new SamplanDbContext(options))
        {
            var roles = await db.StaffAssignmentRoles.AsNoTracking().ToListAsync();
            Assert.Equal(
                [.. auditorAssignments.SelectMany(a => new[] { $"{a}:Auditor", $"{a}:UnitAdmin" }).Order(StringComparer.Ordinal)],
                roles.Select(r => $"{r.AssignmentId}:{r.Role}").Order(StringComparer.Ordinal).ToList());
            Assert.DoesNotContain(roles, r => r.AssignmentId == plainAssignment);
            Assert.Empty(await db.UserRoles.ToListAsync());
        }
    }
}
