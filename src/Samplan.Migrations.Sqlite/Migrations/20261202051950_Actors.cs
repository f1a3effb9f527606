using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Actors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every history line before actors were recorded was a professional's for their unit;
            // audit rows keep null (= professional) so the rows already sealed keep their hash.
            migrationBuilder.AlterColumn<Guid>(
                name: "ActorUnitId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Professional");

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProxyRelation",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "AuditEvents",
                type: "TEXT",
                nullable: true);

            // Hand-written: the SQLite trigger lists the columns the sealer must leave as they are;
            // the actor columns join them (PostgreSQL compares the whole row, so needs nothing).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                WHEN NOT (OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                    AND NEW."Id" IS OLD."Id" AND NEW."Code" IS OLD."Code" AND NEW."At" IS OLD."At" AND NEW."UserId" IS OLD."UserId" AND NEW."UserName" IS OLD."UserName" AND NEW."UnitId" IS OLD."UnitId" AND NEW."OrganisationId" IS OLD."OrganisationId" AND NEW."IndividualId" IS OLD."IndividualId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."SubjectOrganisationId" IS OLD."SubjectOrganisationId" AND NEW."SubjectIndividualId" IS OLD."SubjectIndividualId" AND NEW."ClientAddress" IS OLD."ClientAddress" AND NEW."Outcome" IS OLD."Outcome" AND NEW."Detail" IS OLD."Detail" AND NEW."Repeats" IS OLD."Repeats" AND NEW."ActorKind" IS OLD."ActorKind" AND NEW."OnBehalfOfIndividualId" IS OLD."OnBehalfOfIndividualId")
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                WHEN NOT (OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                    AND NEW."Id" IS OLD."Id" AND NEW."Code" IS OLD."Code" AND NEW."At" IS OLD."At" AND NEW."UserId" IS OLD."UserId" AND NEW."UserName" IS OLD."UserName" AND NEW."UnitId" IS OLD."UnitId" AND NEW."OrganisationId" IS OLD."OrganisationId" AND NEW."IndividualId" IS OLD."IndividualId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."SubjectOrganisationId" IS OLD."SubjectOrganisationId" AND NEW."SubjectIndividualId" IS OLD."SubjectIndividualId" AND NEW."ClientAddress" IS OLD."ClientAddress" AND NEW."Outcome" IS OLD."Outcome" AND NEW."Detail" IS OLD."Detail" AND NEW."Repeats" IS OLD."Repeats")
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfIndividualId",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ProxyRelation",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfIndividualId",
                table: "AuditEvents");

            migrationBuilder.AlterColumn<Guid>(
                name: "ActorUnitId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
