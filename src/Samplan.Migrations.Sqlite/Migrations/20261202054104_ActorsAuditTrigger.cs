using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActorsAuditTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (the scaffold is empty; apart from Actors, whose Down rebuilds tables, as
            // AuditSealingTriggers is apart from AuditSealing): the SQLite trigger lists the columns the sealer must leave as they are;
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
        }
    }
}
