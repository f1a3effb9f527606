using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    // Hand-edited: PostgreSQL casts text to jsonb only when told (USING), so each column is
    // altered with its cast; the scaffolded AlterColumn would fail on existing rows.
    public partial class Jsonb : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Individuals\" ALTER COLUMN \"Relations\" TYPE jsonb USING \"Relations\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Preparation\" TYPE jsonb USING \"Preparation\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Plans\" TYPE jsonb USING \"Plans\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Meetings\" TYPE jsonb USING \"Meetings\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Invitations\" TYPE jsonb USING \"Invitations\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Initiator\" TYPE jsonb USING \"Initiator\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Initiative\" TYPE jsonb USING \"Initiative\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"History\" TYPE jsonb USING \"History\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"FollowUps\" TYPE jsonb USING \"FollowUps\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Coordinator\" TYPE jsonb USING \"Coordinator\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Consent\" TYPE jsonb USING \"Consent\"::jsonb;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Closure\" TYPE jsonb USING \"Closure\"::jsonb;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Individuals\" ALTER COLUMN \"Relations\" TYPE text USING \"Relations\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Preparation\" TYPE text USING \"Preparation\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Plans\" TYPE text USING \"Plans\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Meetings\" TYPE text USING \"Meetings\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Invitations\" TYPE text USING \"Invitations\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Initiator\" TYPE text USING \"Initiator\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Initiative\" TYPE text USING \"Initiative\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"History\" TYPE text USING \"History\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"FollowUps\" TYPE text USING \"FollowUps\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Coordinator\" TYPE text USING \"Coordinator\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Consent\" TYPE text USING \"Consent\"::text;");

            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Closure\" TYPE text USING \"Closure\"::text;");
        }
    }
}
