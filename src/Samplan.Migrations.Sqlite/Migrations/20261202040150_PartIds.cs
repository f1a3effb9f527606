using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    // Hand-written: the model did not change (the parts live in JSON text columns), their shape
    // did. Every goal, sub-goal, activity, invitation, invitee, meeting and participant written by
    // an earlier version gets an id, sub-goals become {id, text} and a follow-up's goalIndex becomes
    // the goal's id. The ids are deterministic from the case id and the part's position (the case
    // id's first 20 hex digits, then kind, position, position), the same as the PostgreSQL
    // migration makes: a goal at position i has the same id in every plan version of its case, so
    // a legacy revision keeps its goals' ids where their positions match, and goalIndex i turns
    // into exactly that goal's id. A part that already has an id keeps it. Values read out of a
    // subquery lose their JSON subtype in SQLite, hence json(...) around each one put back.
    public partial class PartIds : Migration
    {
        private const int Goal = 1;
        private const int SubGoal = 2;
        private const int Activity = 3;
        private const int Invitation = 4;
        private const int Invitee = 5;
        private const int Meeting = 6;
        private const int Participant = 7;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                UPDATE "Cases" SET "Plans" = (
                    SELECT json_group_array(json(CASE WHEN json_type(p.value, '$.content.goals') = 'array'
                        THEN json_set(p.value, '$.content.goals', json((
                            SELECT json_group_array(json(json_set(g.value,
                                '$.id', COALESCE(json_extract(g.value, '$.id'), {Id(Goal, "g.key", "0")}),
                                '$.subGoals', json((
                                    SELECT json_group_array(CASE WHEN s.type = 'text'
                                        THEN json_object('id', {Id(SubGoal, "g.key", "s.key")}, 'text', s.value)
                                        ELSE json(s.value) END ORDER BY s.key)
                                    FROM json_each(g.value, '$.subGoals') AS s)),
                                '$.activities', json((
                                    SELECT json_group_array(json(json_set(a.value, '$.id', COALESCE(json_extract(a.value, '$.id'), {Id(Activity, "g.key", "a.key")}))) ORDER BY a.key)
                                    FROM json_each(g.value, '$.activities') AS a)))) ORDER BY g.key)
                            FROM json_each(p.value, '$.content.goals') AS g)))
                        ELSE p.value END) ORDER BY p.key)
                    FROM json_each("Cases"."Plans") AS p);
                """);

            migrationBuilder.Sql(Parts("Invitations", "invitees", Invitation, Invitee));
            migrationBuilder.Sql(Parts("Meetings", "participants", Meeting, Participant));

            migrationBuilder.Sql($"""
                UPDATE "Cases" SET "FollowUps" = (
                    SELECT json_group_array(json(json_set(f.value, '$.assessments', json((
                        SELECT json_group_array(json(CASE WHEN json_type(a.value, '$.goalIndex') IS NOT NULL
                            THEN json_set(json_remove(a.value, '$.goalIndex'), '$.goalId', {Id(Goal, "json_extract(a.value, '$.goalIndex')", "0")})
                            ELSE a.value END) ORDER BY a.key)
                        FROM json_each(f.value, '$.assessments') AS a)))) ORDER BY f.key)
                    FROM json_each("Cases"."FollowUps") AS f);
                """);
        }

        /// <inheritdoc />
        // Back to the shape the earlier version reads: sub-goals as text, goals assessed by their
        // position in the assessed plan version. The ids stay; the earlier version ignores them.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "Plans" = (
                    SELECT json_group_array(json(CASE WHEN json_type(p.value, '$.content.goals') = 'array'
                        THEN json_set(p.value, '$.content.goals', json((
                            SELECT json_group_array(json(json_set(g.value, '$.subGoals', json((
                                SELECT json_group_array(CASE WHEN s.type = 'object' THEN json_extract(s.value, '$.text') ELSE s.value END ORDER BY s.key)
                                FROM json_each(g.value, '$.subGoals') AS s)))) ORDER BY g.key)
                            FROM json_each(p.value, '$.content.goals') AS g)))
                        ELSE p.value END) ORDER BY p.key)
                    FROM json_each("Cases"."Plans") AS p);
                """);
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "FollowUps" = (
                    SELECT json_group_array(json(json_set(f.value, '$.assessments', json((
                        SELECT json_group_array(json(CASE WHEN json_type(a.value, '$.goalId') IS NOT NULL
                            THEN json_set(json_remove(a.value, '$.goalId'), '$.goalIndex', COALESCE((
                                SELECT g.key
                                FROM json_each("Cases"."Plans") AS p, json_each(p.value, '$.content.goals') AS g
                                WHERE json_extract(p.value, '$.number') = json_extract(f.value, '$.planVersion')
                                  AND json_extract(g.value, '$.id') = json_extract(a.value, '$.goalId')
                                LIMIT 1), -1))
                            ELSE a.value END) ORDER BY a.key)
                        FROM json_each(f.value, '$.assessments') AS a)))) ORDER BY f.key)
                    FROM json_each("Cases"."FollowUps") AS f);
                """);
        }

        /// <summary>A whole (invitation, meeting) and its rows (invitees, participants) get ids.</summary>
        private static string Parts(string column, string rows, int wholeKind, int rowKind) => $"""
            UPDATE "Cases" SET "{column}" = (
                SELECT json_group_array(json(json_set(w.value,
                    '$.id', COALESCE(json_extract(w.value, '$.id'), {Id(wholeKind, "w.key", "0")}),
                    '$.{rows}', json((
                        SELECT json_group_array(json(json_set(r.value, '$.id', COALESCE(json_extract(r.value, '$.id'), {Id(rowKind, "w.key", "r.key")}))) ORDER BY r.key)
                        FROM json_each(w.value, '$.{rows}') AS r)))) ORDER BY w.key)
                FROM json_each("Cases"."{column}") AS w);
            """;

        /// <summary>The id of a legacy part: the case id's first 20 hex digits, the kind, two positions.</summary>
        private static string Id(int kind, string first, string second) =>
            $"lower(substr(\"Cases\".\"Id\", 1, 24)) || printf('%02x%04x%04x00', {kind}, {first}, {second})";
    }
}
