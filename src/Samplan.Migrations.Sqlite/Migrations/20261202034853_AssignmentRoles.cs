using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StaffAssignmentRoles",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAssignmentRoles", x => new { x.AssignmentId, x.Role });
                    table.ForeignKey(
                        name: "FK_StaffAssignmentRoles_StaffAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StaffAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Identity roles were global; now a role is held through an assignment and acts in that
            // assignment's organisation. Each user's roles go onto every one of their assignments,
            // so a user with assignments in several organisations keeps the role in all of them
            // (as before, but no wider); an administrator narrows that afterwards on the staff
            // page. The user roles are then removed so no global role lingers; the role rows stay.
            migrationBuilder.Sql("""
                INSERT INTO "StaffAssignmentRoles" ("AssignmentId", "Role")
                SELECT DISTINCT a."Id", r."Name"
                FROM "StaffAssignments" a
                JOIN "AspNetUserRoles" ur ON ur."UserId" = a."UserId"
                JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
                WHERE r."Name" IN ('Auditor', 'UnitAdmin');
                """);
            migrationBuilder.Sql("""DELETE FROM "AspNetUserRoles";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to global roles: a user gets a role held on any of their assignments.
            migrationBuilder.Sql("""
                INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName")
                SELECT DISTINCT s."Role", s."Role", UPPER(s."Role")
                FROM "StaffAssignmentRoles" s
                WHERE NOT EXISTS (SELECT 1 FROM "AspNetRoles" r WHERE r."Name" = s."Role");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
                SELECT DISTINCT a."UserId", r."Id"
                FROM "StaffAssignmentRoles" s
                JOIN "StaffAssignments" a ON a."Id" = s."AssignmentId"
                JOIN "AspNetRoles" r ON r."Name" = s."Role";
                """);
            migrationBuilder.DropTable(
                name: "StaffAssignmentRoles");
        }
    }
}
