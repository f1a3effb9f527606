using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseUnitsByUnitAndCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_UnitId",
                table: "CaseUnits");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_UnitId_CaseId",
                table: "CaseUnits",
                columns: new[] { "UnitId", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_UnitId_CaseId",
                table: "CaseUnits");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_UnitId",
                table: "CaseUnits",
                column: "UnitId");
        }
    }
}
