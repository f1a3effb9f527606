using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealsTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (the scaffold is empty): AuditSeals rebuilt AuditEvents, which dropped
            // its triggers. Both tables now refuse every UPDATE and DELETE; sealing only inserts.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON "AuditEvents"
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "AuditEvents"
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON "AuditSeals"
                BEGIN SELECT RAISE(ABORT, 'AuditSeals is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON "AuditSeals"
                BEGIN SELECT RAISE(ABORT, 'AuditSeals is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // AuditSeals' Down puts back the triggers of the layout before it.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_seals_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_seals_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");
        }
    }
}
