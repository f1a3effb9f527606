using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    // Hand-written: the model did not change (the parts live in jsonb columns), their shape did.
    // Every goal, sub-goal, activity, invitation, invitee, meeting and participant written by an
    // earlier version gets an id, sub-goals become {id, text} and a follow-up's goalIndex becomes
    // the goal's id. The ids are deterministic from the case id and the part's position (the case
    // id's first 20 hex digits, then kind, position, position): a goal at position i has the same
    // id in every plan version of its case, so a legacy revision keeps its goals' ids where their
    // positions match, and goalIndex i turns into exactly that goal's id. The SQLite migration
    // makes the same ids. A part that already has an id keeps it.
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
                UPDATE "Cases" AS c SET "Plans" = COALESCE((
                    SELECT jsonb_agg(CASE WHEN jsonb_typeof(p.v -> 'content' -> 'goals') = 'array'
                        THEN jsonb_set(p.v, '{"{"}content,goals{"}"}', COALESCE((
                            SELECT jsonb_agg(g.v || jsonb_build_object(
                                'id', COALESCE(g.v ->> 'id', {Id(Goal, "g.i - 1", "0")}),
                                'subGoals', COALESCE((
                                    SELECT jsonb_agg(CASE WHEN jsonb_typeof(s.v) = 'string'
                                        THEN jsonb_build_object('id', {Id(SubGoal, "g.i - 1", "s.i - 1")}, 'text', s.v #>> '{"{}"}')
                                        ELSE s.v END ORDER BY s.i)
                                    FROM jsonb_array_elements(COALESCE(g.v -> 'subGoals', '[]'::jsonb)) WITH ORDINALITY AS s(v, i)), '[]'::jsonb),
                                'activities', COALESCE((
                                    SELECT jsonb_agg(a.v || jsonb_build_object('id', COALESCE(a.v ->> 'id', {Id(Activity, "g.i - 1", "a.i - 1")})) ORDER BY a.i)
                                    FROM jsonb_array_elements(COALESCE(g.v -> 'activities', '[]'::jsonb)) WITH ORDINALITY AS a(v, i)), '[]'::jsonb)) ORDER BY g.i)
                            FROM jsonb_array_elements(p.v -> 'content' -> 'goals') WITH ORDINALITY AS g(v, i)), '[]'::jsonb))
                        ELSE p.v END ORDER BY p.i)
                    FROM jsonb_array_elements(c."Plans") WITH ORDINALITY AS p(v, i)), '[]'::jsonb);
                """);

            migrationBuilder.Sql(Parts("Invitations", "invitees", Invitation, Invitee));
            migrationBuilder.Sql(Parts("Meetings", "participants", Meeting, Participant));

            migrationBuilder.Sql($"""
                UPDATE "Cases" AS c SET "FollowUps" = COALESCE((
                    SELECT jsonb_agg(jsonb_set(f.v, '{"{"}assessments{"}"}', COALESCE((
                        SELECT jsonb_agg(CASE WHEN a.v ? 'goalIndex'
                            THEN (a.v - 'goalIndex') || jsonb_build_object('goalId', {Id(Goal, "(a.v ->> 'goalIndex')::int", "0")})
                            ELSE a.v END ORDER BY a.i)
                        FROM jsonb_array_elements(COALESCE(f.v -> 'assessments', '[]'::jsonb)) WITH ORDINALITY AS a(v, i)), '[]'::jsonb)) ORDER BY f.i)
                    FROM jsonb_array_elements(c."FollowUps") WITH ORDINALITY AS f(v, i)), '[]'::jsonb);
                """);
        }

        /// <inheritdoc />
        // Back to the shape the earlier version reads: sub-goals as text, goals assessed by their
        // position in the assessed plan version. The ids stay; the earlier version ignores them.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Cases" AS c SET "Plans" = COALESCE((
                    SELECT jsonb_agg(CASE WHEN jsonb_typeof(p.v -> 'content' -> 'goals') = 'array'
                        THEN jsonb_set(p.v, '{content,goals}', COALESCE((
                            SELECT jsonb_agg(g.v || jsonb_build_object('subGoals', COALESCE((
                                SELECT jsonb_agg(CASE WHEN jsonb_typeof(s.v) = 'object' THEN s.v -> 'text' ELSE s.v END ORDER BY s.i)
                                FROM jsonb_array_elements(COALESCE(g.v -> 'subGoals', '[]'::jsonb)) WITH ORDINALITY AS s(v, i)), '[]'::jsonb)) ORDER BY g.i)
                            FROM jsonb_array_elements(p.v -> 'content' -> 'goals') WITH ORDINALITY AS g(v, i)), '[]'::jsonb))
                        ELSE p.v END ORDER BY p.i)
                    FROM jsonb_array_elements(c."Plans") WITH ORDINALITY AS p(v, i)), '[]'::jsonb);
                """);
            migrationBuilder.Sql("""
                UPDATE "Cases" AS c SET "FollowUps" = COALESCE((
                    SELECT jsonb_agg(jsonb_set(f.v, '{assessments}', COALESCE((
                        SELECT jsonb_agg(CASE WHEN a.v ? 'goalId'
                            THEN (a.v - 'goalId') || jsonb_build_object('goalIndex', COALESCE((
                                SELECT g.i - 1
                                FROM jsonb_array_elements(c."Plans") AS p(v),
                                     jsonb_array_elements(p.v -> 'content' -> 'goals') WITH ORDINALITY AS g(v, i)
                                WHERE p.v -> 'number' = f.v -> 'planVersion' AND g.v ->> 'id' = a.v ->> 'goalId'
                                LIMIT 1), -1))
                            ELSE a.v END ORDER BY a.i)
                        FROM jsonb_array_elements(COALESCE(f.v -> 'assessments', '[]'::jsonb)) WITH ORDINALITY AS a(v, i)), '[]'::jsonb)) ORDER BY f.i)
                    FROM jsonb_array_elements(c."FollowUps") WITH ORDINALITY AS f(v, i)), '[]'::jsonb);
                """);
        }

        /// <summary>A whole (invitation, meeting) and its rows (invitees, participants) get ids.</summary>
        private static string Parts(string column, string rows, int wholeKind, int rowKind) => $"""
            UPDATE "Cases" AS c SET "{column}" = COALESCE((
                SELECT jsonb_agg(w.v || jsonb_build_object(
                    'id', COALESCE(w.v ->> 'id', {Id(wholeKind, "w.i - 1", "0")}),
                    '{rows}', COALESCE((
                        SELECT jsonb_agg(r.v || jsonb_build_object('id', COALESCE(r.v ->> 'id', {Id(rowKind, "w.i - 1", "r.i - 1")})) ORDER BY r.i)
                        FROM jsonb_array_elements(COALESCE(w.v -> '{rows}', '[]'::jsonb)) WITH ORDINALITY AS r(v, i)), '[]'::jsonb)) ORDER BY w.i)
                FROM jsonb_array_elements(c."{column}") WITH ORDINALITY AS w(v, i)), '[]'::jsonb);
            """;

        /// <summary>The id of a legacy part: the case id's first 20 hex digits, the kind, two positions.</summary>
        private static string Id(int kind, string first, string second) =>
            $"left(c.\"Id\"::text, 24) || lpad(to_hex({kind}), 2, '0') || lpad(to_hex(({first})::int), 4, '0') || lpad(to_hex(({second})::int), 4, '0') || '00'";
    }
}
