using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// A case written by a version before part ids (no ids, sub-goals as plain text, follow-ups by
/// goal position) is converted by the PartIds migration, on SQLite and on PostgreSQL alike: every
/// part gets an id that is the same on every load, a goal keeps its id from one legacy plan version
/// to the next, sub-goal texts survive, and an assessment points at the goal it was made for.
/// </summary>
public sealed class PartIdsMigrationTests
{
    private static readonly Guid CaseId = new("5ca5e000-1d5a-4b7c-9d0e-0123456789ab");
    private static readonly Guid UnitId = new("1a000000-0000-0000-0000-000000000001");

    // Two plan versions with the same two goals (a legacy revision), the first with two sub-goals.
    private const string Goals =
        "[{\"domain\":\"Physical\",\"need\":\"Nedsatt gångförmåga\",\"goal\":\"Du ska kunna gå till affären\",\"subGoals\":[\"Du går 100 meter\",\"Du går 200 meter\"]," +
        "\"activities\":[{\"what\":\"Gångträning\",\"responsible\":\"RegionUnit\",\"responsibleUnitId\":\"1a000000-0000-0000-0000-000000000001\",\"responsibleName\":\"Vårdcentralen\",\"timePlan\":\"Varje vecka\"}," +
        "{\"what\":\"Promenad\",\"responsible\":\"Individual\",\"responsibleName\":\"Sven\",\"timePlan\":\"Dagligen\"}],\"keptAsWritten\":false}," +
        "{\"domain\":\"Social\",\"need\":\"Ensamhet\",\"goal\":\"Du ska träffa vänner\",\"subGoals\":[],\"activities\":[{\"what\":\"Träffpunkt\",\"responsible\":\"Individual\",\"responsibleName\":\"Sven\",\"timePlan\":\"Tisdagar\"}],\"keptAsWritten\":true}]";

    private const string Plans =
        "[{\"number\":1,\"status\":\"Superseded\",\"content\":{\"ownGoals\":\"Klara mig hemma\",\"goals\":" + Goals + "},\"createdAt\":\"2026-01-10T10:00:00+01:00\"}," +
        "{\"number\":2,\"status\":\"Agreed\",\"content\":{\"ownGoals\":\"Klara mig hemma, igen\",\"goals\":" + Goals + "},\"createdAt\":\"2026-04-10T10:00:00+02:00\"}]";

    private const string Invitations =
        "[{\"form\":\"InPerson\",\"place\":\"Hemma\",\"meetingDate\":\"2026-01-10\",\"startTime\":\"10:00:00\",\"invitees\":[" +
        "{\"kind\":\"Unit\",\"unitId\":\"1a000000-0000-0000-0000-000000000001\",\"name\":\"Vårdcentralen\",\"forAcknowledgement\":true,\"answer\":\"NotAnswered\"}," +
        "{\"kind\":\"Relative\",\"name\":\"Maj\",\"forAcknowledgement\":false}],\"sentAt\":\"2026-01-03T10:00:00+01:00\"}]";

    private const string Meetings =
        "[{\"heldOn\":\"2026-01-10\",\"chair\":\"Anna\",\"secretary\":\"Karin\",\"individualTookPart\":true,\"participants\":[" +
        "{\"name\":\"Sven\",\"role\":\"Den enskilde\",\"present\":true},{\"name\":\"Anna\",\"role\":\"Ssk\",\"unitId\":\"1a000000-0000-0000-0000-000000000001\",\"present\":true}]," +
        "\"recordedAt\":\"2026-01-10T12:00:00+01:00\"}]";

    // The follow-up of version 1 assessed the second goal first.
    private const string FollowUps =
        "[{\"heldOn\":\"2026-04-10\",\"planVersion\":1,\"assessments\":[{\"goalIndex\":1,\"fulfilment\":\"Met\",\"comment\":\"Träffar vänner\"},{\"goalIndex\":0,\"fulfilment\":\"PartlyMet\"}]," +
        "\"outcome\":\"Revise\",\"recordedAt\":\"2026-04-10T12:00:00+02:00\"}]";

    [Fact]
    public async Task A_case_written_before_part_ids_gets_stable_ids_and_its_follow_up_points_at_the_right_goal()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            var postgres = database.Provider == "Postgres";
            var options = LegacyDatabase.OptionsFor(database);

            await WriteLegacyCaseAsync(options, postgres);
            await using (var db = new SamplanDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            var first = await LoadAsync(options);
            var second = await LoadAsync(options);
            Check(first);
            Assert.Equal(Ids(first), Ids(second));

            // Down gives the earlier version its shape back: sub-goals as text, goals by position.
            await using (var db = new SamplanDbContext(options))
            {
                await db.GetService<IMigrator>().MigrateAsync(BeforePartIds(db));
                var plans = JsonDocument.Parse(await db.Database.SqlQueryRaw<string>("SELECT CAST(\"Plans\" AS text) AS \"Value\" FROM \"Cases\"").SingleAsync()).RootElement;
                var followUps = JsonDocument.Parse(await db.Database.SqlQueryRaw<string>("SELECT CAST(\"FollowUps\" AS text) AS \"Value\" FROM \"Cases\"").SingleAsync()).RootElement;
                Assert.Equal("Du går 200 meter", plans[0].GetProperty("content").GetProperty("goals")[0].GetProperty("subGoals")[1].GetString());
                var assessments = followUps[0].GetProperty("assessments");
                Assert.Equal([1, 0], assessments.EnumerateArray().Select(a => a.GetProperty("goalIndex").GetInt32()));
                Assert.False(assessments[0].TryGetProperty("goalId", out var _));
            }
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task WriteLegacyCaseAsync(DbContextOptions<SamplanDbContext> options, bool postgres)
    {
        await using var db = new SamplanDbContext(options);

        // Written through EF with today's model, then taken back to the schema the version
        // before part ids left it, and its JSON set to that version's shape.
        await db.Database.MigrateAsync();
        var today = new DateOnly(2026, 1, 2);
        var individual = Individual.Register(Guid.NewGuid(), Personnummer.Parse("191212121212", today).Value!, "Sven", "Karlsson");
        var sipCase = SipCase.Initiate(CaseId, individual,
            new Initiative("Utskriven efter stroke.", today, null, null), new StaffRef("legacy", "Anna Lind", UnitId), new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)));
        db.AddRange(individual, sipCase);
        await db.SaveChangesAsync();
        await db.GetService<IMigrator>().MigrateAsync(BeforePartIds(db));

        var json = postgres ? "CAST({0} AS jsonb)" : "{0}";
        foreach (var (column, value) in new[] { ("Plans", Plans), ("Invitations", Invitations), ("Meetings", Meetings), ("FollowUps", FollowUps) })
        {
            var sql = $"UPDATE \"Cases\" SET \"{column}\" = {json}";
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(sql, value));
        }
    }

    /// <summary>The migration just before PartIds, whatever was added around it since.</summary>
    private static string BeforePartIds(SamplanDbContext db)
    {
        var all = db.Database.GetMigrations().ToList();
        return all[all.FindIndex(m => m.EndsWith("_PartIds", StringComparison.Ordinal)) - 1];
    }

    private static async Task<SipCase> LoadAsync(DbContextOptions<SamplanDbContext> options)
    {
        await using var db = new SamplanDbContext(options);
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == CaseId);
    }

    private static void Check(SipCase c)
    {
        var v1 = c.Plans[0].Content.Goals;
        var v2 = c.Plans[1].Content.Goals;

        // Sub-goals are records now, their texts kept in order.
        Assert.Equal(["Du går 100 meter", "Du går 200 meter"], v1[0].SubGoals.Select(s => s.Text));
        Assert.Empty(v1[1].SubGoals);
        Assert.True(v1[1].KeptAsWritten);
        Assert.Equal("Gångträning", v1[0].Activities[0].What);

        // A goal keeps its id from one version to the next (same position in a legacy revision).
        Assert.Equal(v1.Select(g => g.Id), v2.Select(g => g.Id));
        Assert.Equal(v1.SelectMany(g => g.SubGoals), v2.SelectMany(g => g.SubGoals));
        Assert.Equal(v1.SelectMany(g => g.Activities).Select(a => a.Id), v2.SelectMany(g => g.Activities).Select(a => a.Id));

        // The same ids on both providers: the case id's first 20 hex digits, kind, positions.
        Assert.Equal(new Guid("5ca5e000-1d5a-4b7c-9d0e-010000000000"), v1[0].Id);
        Assert.Equal(new Guid("5ca5e000-1d5a-4b7c-9d0e-020000000100"), v1[0].SubGoals[1].Id);

        // goalIndex 1 was the second goal of version 1; goalIndex 0 the first.
        var assessments = Assert.Single(c.FollowUps).Assessments;
        Assert.Equal("Ensamhet", v1.Single(g => g.Id == assessments[0].GoalId).Need);
        Assert.Equal("Träffar vänner", assessments[0].Comment);
        Assert.Equal("Nedsatt gångförmåga", v1.Single(g => g.Id == assessments[1].GoalId).Need);
        Assert.Equal(GoalFulfilment.PartlyMet, assessments[1].Fulfilment);

        var invitation = Assert.Single(c.Invitations);
        Assert.Equal(["Vårdcentralen", "Maj"], invitation.Invitees.Select(i => i.Name));
        Assert.Equal(["Sven", "Anna"], Assert.Single(c.Meetings).Participants.Select(p => p.Name));

        var ids = Ids(c);
        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    /// <summary>Every distinct part's id: a goal carried into version 2 is the same part.</summary>
    private static List<Guid> Ids(SipCase c) =>
    [
        .. c.Plans[0].Content.Goals.SelectMany(g => new[] { g.Id }.Concat(g.SubGoals.Select(s => s.Id)).Concat(g.Activities.Select(a => a.Id))),
        .. c.Invitations.SelectMany(i => new[] { i.Id }.Concat(i.Invitees.Select(e => e.Id))),
        .. c.Meetings.SelectMany(m => new[] { m.Id }.Concat(m.Participants.Select(p => p.Id))),
    ];
}
