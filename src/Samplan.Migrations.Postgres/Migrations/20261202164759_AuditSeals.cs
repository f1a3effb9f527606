using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written order: the seals table first, then the positions and hashes moved into
            // it, then the columns dropped. No foreign key to AuditEvents (the scaffold had one):
            // checking it would lock each event row for every seal, and a deleted event must show
            // as a gap in the chain (see AuditEventConfiguration).
            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.EventId);
                });

            migrationBuilder.AddColumn<long>(
                name: "SealedThroughEventId",
                table: "AuditChainHead",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // The sealer's mark: just below the lowest row not yet sealed, or the last row. Rows
            // sealed above it (committed late under the old sealer) are skipped by the sealer.
            migrationBuilder.Sql("""
                INSERT INTO "AuditSeals" ("EventId", "Sequence", "PreviousHash", "Hash")
                    SELECT "Id", "Sequence", "PreviousHash", "Hash" FROM "AuditEvents" WHERE "Sequence" IS NOT NULL;
                UPDATE "AuditChainHead" SET "SealedThroughEventId" = coalesce(
                    (SELECT min("Id") - 1 FROM "AuditEvents" WHERE "Sequence" IS NULL),
                    (SELECT max("Id") FROM "AuditEvents"), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_Sequence",
                table: "AuditSeals",
                column: "Sequence",
                unique: true);

            // Both tables now refuse every UPDATE, DELETE and TRUNCATE: the seal-once exception
            // for the sealer's UPDATE is gone with the columns it allowed.
            migrationBuilder.Sql("""
                DROP TRIGGER audit_events_no_update ON "AuditEvents";
                DROP FUNCTION samplan_audit_seal_once();
                CREATE OR REPLACE FUNCTION samplan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
                END;
                $$;
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_append_only();
                CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON "AuditSeals"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_append_only();
                CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON "AuditSeals"
                    FOR EACH STATEMENT EXECUTE FUNCTION samplan_audit_append_only();
                REVOKE UPDATE, DELETE, TRUNCATE ON "AuditSeals" FROM PUBLIC;
                """);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_seals_no_truncate ON "AuditSeals";
                DROP TRIGGER IF EXISTS audit_seals_no_update ON "AuditSeals";
                DROP TRIGGER IF EXISTS audit_events_no_update ON "AuditEvents";
                """);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "bigint",
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

            // The seals go back onto their events while the update trigger is off, and the
            // seal-once trigger of AuditSealing comes back.
            migrationBuilder.Sql("""
                UPDATE "AuditEvents" AS e SET "Sequence" = s."Sequence", "PreviousHash" = s."PreviousHash", "Hash" = s."Hash"
                    FROM "AuditSeals" AS s WHERE s."EventId" = e."Id";
                CREATE OR REPLACE FUNCTION samplan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE FUNCTION samplan_audit_seal_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                       AND (to_jsonb(NEW) - 'Sequence' - 'PreviousHash' - 'Hash') = (to_jsonb(OLD) - 'Sequence' - 'PreviousHash' - 'Hash') THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_seal_once();
                """);

            migrationBuilder.DropTable(
                name: "AuditSeals");

            migrationBuilder.DropColumn(
                name: "SealedThroughEventId",
                table: "AuditChainHead");
        }
    }
}
