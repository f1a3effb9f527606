using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "Repeats",
                table: "AuditEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedHash",
                table: "AuditChainHead",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "VerifiedSeal",
                table: "AuditChainHead",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "VerifiedSequence",
                table: "AuditChainHead",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Unsealed",
                table: "AuditEvents",
                column: "Id",
                filter: "\"Sequence\" IS NULL");

            // Hand-written: still append-only, except that the sealer may set the position and the
            // two hashes once, on a row that has none yet, changing nothing else (every other
            // column, including any added later, must stay as it was).
            migrationBuilder.Sql("""
                CREATE FUNCTION samplan_audit_seal_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                       AND (to_jsonb(NEW) - 'Sequence' - 'PreviousHash' - 'Hash') = (to_jsonb(OLD) - 'Sequence' - 'PreviousHash' - 'Hash') THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                DROP TRIGGER audit_events_no_update ON "AuditEvents";
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_seal_once();
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_events_no_delete ON "AuditEvents";
                DROP TRIGGER IF EXISTS audit_events_no_update ON "AuditEvents";
                DROP FUNCTION IF EXISTS samplan_audit_seal_once();
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_append_only();
                """);

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Unsealed",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Repeats",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "VerifiedHash",
                table: "AuditChainHead");

            migrationBuilder.DropColumn(
                name: "VerifiedSeal",
                table: "AuditChainHead");

            migrationBuilder.DropColumn(
                name: "VerifiedSequence",
                table: "AuditChainHead");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditEvents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditEvents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
