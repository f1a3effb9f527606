using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SessionRevocationNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every change that can end a session or change its roles is announced at commit on
            // channel samplan_session, whichever node or tool made it, so that each node's cached
            // session check (SessionRevocationListener, SessionCache) is revoked: the user's id
            // for a stamp, assignment or role; '*' for a unit's kind or organisation, which every
            // check naming the unit holds. pg_notify folds equal payloads within one transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION samplan_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    owner text;
                BEGIN
                    IF TG_TABLE_NAME = 'AspNetUsers' THEN
                        PERFORM pg_notify('samplan_session', OLD."Id");
                    ELSIF TG_TABLE_NAME = 'StaffAssignments' THEN
                        IF TG_OP <> 'INSERT' THEN
                            PERFORM pg_notify('samplan_session', OLD."UserId");
                        END IF;
                        IF TG_OP <> 'DELETE' THEN
                            PERFORM pg_notify('samplan_session', NEW."UserId");
                        END IF;
                    ELSIF TG_TABLE_NAME = 'StaffAssignmentRoles' THEN
                        SELECT a."UserId" INTO owner FROM "StaffAssignments" a
                            WHERE a."Id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."AssignmentId" ELSE NEW."AssignmentId" END;
                        -- A role deleted with its assignment: the assignment's own trigger names the user.
                        IF owner IS NOT NULL THEN
                            PERFORM pg_notify('samplan_session', owner);
                        END IF;
                    ELSE
                        PERFORM pg_notify('samplan_session', '*');
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER users_session_stamp AFTER UPDATE OF "SecurityStamp" ON "AspNetUsers"
                    FOR EACH ROW WHEN (OLD."SecurityStamp" IS DISTINCT FROM NEW."SecurityStamp")
                    EXECUTE FUNCTION samplan_session_changed();
                CREATE TRIGGER users_session_deleted AFTER DELETE ON "AspNetUsers"
                    FOR EACH ROW EXECUTE FUNCTION samplan_session_changed();
                CREATE TRIGGER assignments_session AFTER INSERT OR UPDATE OR DELETE ON "StaffAssignments"
                    FOR EACH ROW EXECUTE FUNCTION samplan_session_changed();
                CREATE TRIGGER assignment_roles_session AFTER INSERT OR UPDATE OR DELETE ON "StaffAssignmentRoles"
                    FOR EACH ROW EXECUTE FUNCTION samplan_session_changed();
                CREATE TRIGGER units_session AFTER UPDATE OF "Kind", "OrganisationId" OR DELETE ON "Units"
                    FOR EACH ROW EXECUTE FUNCTION samplan_session_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER units_session ON "Units";
                DROP TRIGGER assignment_roles_session ON "StaffAssignmentRoles";
                DROP TRIGGER assignments_session ON "StaffAssignments";
                DROP TRIGGER users_session_deleted ON "AspNetUsers";
                DROP TRIGGER users_session_stamp ON "AspNetUsers";
                DROP FUNCTION samplan_session_changed();
                """);
        }
    }
}
