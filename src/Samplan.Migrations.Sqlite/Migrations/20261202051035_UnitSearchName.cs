using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UnitSearchName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Units",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Existing units get the text Unit.SearchText gives a new one. SQLite's lower() folds
            // ASCII only, so the Swedish capitals are folded by hand; runs of spaces are rare in
            // a catalogue and are collapsed by the next rename or import.
            migrationBuilder.Sql("""
                UPDATE "Units" SET "SearchName" =
                    replace(replace(replace(replace(replace(lower(trim("Name")), 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'), 'Ü', 'ü');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Units_SearchName",
                table: "Units",
                column: "SearchName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_SearchName",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Units");
        }
    }
}
