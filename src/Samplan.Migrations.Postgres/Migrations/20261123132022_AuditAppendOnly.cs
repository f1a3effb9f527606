using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whatever the role.
            migrationBuilder.Sql("""
                CREATE FUNCTION samplan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION samplan_audit_append_only();
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "AuditEvents"
                    FOR EACH STATEMENT EXECUTE FUNCTION samplan_audit_append_only();
                REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvents" FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_events_no_truncate ON "AuditEvents";
                DROP TRIGGER IF EXISTS audit_events_no_update ON "AuditEvents";
                DROP FUNCTION IF EXISTS samplan_audit_append_only();
                """);
        }
    }
}
