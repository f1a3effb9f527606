using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealingTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (the scaffold is empty; see AuditSealing): still append-only, except that the sealer may set the position and the
            // two hashes once, on a row that has none yet, changing nothing else.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                WHEN NOT (OLD."Sequence" IS NULL AND NEW."Sequence" IS NOT NULL AND NEW."PreviousHash" IS NOT NULL AND NEW."Hash" IS NOT NULL
                    AND NEW."Id" IS OLD."Id" AND NEW."Code" IS OLD."Code" AND NEW."At" IS OLD."At" AND NEW."UserId" IS OLD."UserId" AND NEW."UserName" IS OLD."UserName" AND NEW."UnitId" IS OLD."UnitId" AND NEW."OrganisationId" IS OLD."OrganisationId" AND NEW."IndividualId" IS OLD."IndividualId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."SubjectOrganisationId" IS OLD."SubjectOrganisationId" AND NEW."SubjectIndividualId" IS OLD."SubjectIndividualId" AND NEW."ClientAddress" IS OLD."ClientAddress" AND NEW."Outcome" IS OLD."Outcome" AND NEW."Detail" IS OLD."Detail" AND NEW."Repeats" IS OLD."Repeats")
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "AuditEvents"
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");
        }
    }
}
