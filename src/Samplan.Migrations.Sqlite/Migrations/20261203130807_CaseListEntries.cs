using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data.CaseList;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseListEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseListEntries",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsResponsible = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSharedWithParticipants = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseListEntries", x => new { x.UnitId, x.CaseId });
                    // Hand-written: the model has no relationship (EF would aim it at the table
                    // the case is split into); a deleted case takes its lines with it.
                    table.ForeignKey(
                        name: "FK_CaseListEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseListEntries_CaseId",
                table: "CaseListEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseListEntries_UnitOrder",
                table: "CaseListEntries",
                columns: new[] { "UnitId", "IsOpen", "DueOn", "FamilyName", "CaseId", "IsResponsible", "IsSharedWithParticipants", "ConsentValidUntil", "Phase" });

            // Hand-written: the triggers that keep the lines, then the lines of the cases there are.
            foreach (var statement in CaseListEntrySql.SqliteUp)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in CaseListEntrySql.SqliteDown)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "CaseListEntries");
        }
    }
}
