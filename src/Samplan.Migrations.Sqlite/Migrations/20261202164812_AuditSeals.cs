using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written order, as in the PostgreSQL migration: the seals table first (no
            // foreign key, see AuditEventConfiguration), the positions and hashes moved into it,
            // then the columns dropped. The triggers go first: the update trigger names the
            // dropped columns, and SQLite rebuilds the table to drop a column.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");
            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.EventId);
                });

            migrationBuilder.AddColumn<long>(
                name: "SealedThroughEventId",
                table: "AuditChainHead",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql("""
                INSERT INTO "AuditSeals" ("EventId", "Sequence", "PreviousHash", "Hash")
                    SELECT "Id", "Sequence", "PreviousHash", "Hash" FROM "AuditEvents" WHERE "Sequence" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditChainHead" SET "SealedThroughEventId" = coalesce(
                    (SELECT min("Id") - 1 FROM "AuditEvents" WHERE "Sequence" IS NULL),
                    (SELECT max("Id") FROM "AuditEvents"), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_Sequence",
                table: "AuditSeals",
                column: "Sequence",
                unique: true);

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Sequence",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Unsealed",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEvents");

            // The triggers come back in AuditSealsTriggers: SQLite runs the table rebuild for the
            // dropped columns at the end of this migration, and the rebuild drops triggers.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_seals_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_seals_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Sequence",
                table: "AuditEvents",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Unsealed",
                table: "AuditEvents",
                column: "Id",
                filter: "\"Sequence\" IS NULL");

            // The seals go back onto their events, then the triggers of ActorsAuditTrigger.
            migrationBuilder.Sql("""
                UPDATE "AuditEvents" SET
                    "Sequence" = (SELECT s."Sequence" FROM "AuditSeals" AS s WHERE s."EventId" = "AuditEvents"."Id"),
                    "PreviousHash" = (SELECT s."PreviousHash" FROM "AuditSeals" AS s WHERE s."EventId" = "AuditEvents"."Id"),
                    "Hash" = (SELECT s."Hash" FROM "AuditSeals" AS s WHERE s."EventId" = "AuditEvents"."Id");
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                WHEN NOT (OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                    AND NEW."Id" IS OLD."Id" AND NEW."Code" IS OLD."Code" AND NEW."At" IS OLD."At" AND NEW."UserId" IS OLD."UserId" AND NEW."UserName" IS OLD."UserName" AND NEW."UnitId" IS OLD."UnitId" AND NEW."OrganisationId" IS OLD."OrganisationId" AND NEW."IndividualId" IS OLD."IndividualId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."SubjectOrganisationId" IS OLD."SubjectOrganisationId" AND NEW."SubjectIndividualId" IS OLD."SubjectIndividualId" AND NEW."ClientAddress" IS OLD."ClientAddress" AND NEW."Outcome" IS OLD."Outcome" AND NEW."Detail" IS OLD."Detail" AND NEW."Repeats" IS OLD."Repeats" AND NEW."ActorKind" IS OLD."ActorKind" AND NEW."OnBehalfOfIndividualId" IS OLD."OnBehalfOfIndividualId")
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "AuditEvents"
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);

            migrationBuilder.DropTable(
                name: "AuditSeals");

            migrationBuilder.DropColumn(
                name: "SealedThroughEventId",
                table: "AuditChainHead");
        }
    }
}
